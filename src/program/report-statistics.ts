// Order statistics for the programme report. The median is the usual one
// (the mean of the two middle values for an even count); other percentiles
// use the nearest rank, so every figure is a value that really occurred.

/** Rounds to two decimals, the precision of every ratio and day count in the report. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The median of values sorted ascending; `undefined` for none. */
export function medianOfSorted(sorted: readonly number[]): number | undefined {
  const n = sorted.length;
  if (n === 0) return undefined;
  const middle = n >> 1;
  return n % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The nearest-rank percentile `p` (0–1] of values sorted ascending; `undefined` for none. */
export function percentileOfSorted(sorted: readonly number[], p: number): number | undefined {
  const n = sorted.length;
  if (n === 0) return undefined;
  return sorted[Math.min(n, Math.max(1, Math.ceil(p * n))) - 1];
}

/** `part / whole` rounded to two decimals; `undefined` when `whole` is 0. */
export function ratio(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : round2(part / whole);
}
