// Which calendar month a meeting falls in. Without a programme time zone the
// month is the one written in the timestamp (its own offset, as the people
// who met saw it); with one, the month on the programme's calendar. Zoned
// lookups are cached per hour, since meetings cluster and Intl is slow.

const HOUR = 3_600_000;
const writtenMonth = /^([+-]?\d{4,6}-\d{2})-/;

/** Returns a function giving `YYYY-MM` for a timestamp and its epoch milliseconds. */
export function monthKeyer(
  timeZone: string | undefined,
): (timestamp: string, ms: number) => string {
  if (timeZone === undefined) {
    return (timestamp) => {
      const match = writtenMonth.exec(timestamp);
      if (match === null) throw new Error('unreadable timestamp');
      return match[1] as string;
    };
  }
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  });
  const cache = new Map<number, string>();
  return (_timestamp, ms) => {
    // Today's offsets are whole quarter hours: a month cannot change inside a quarter-hour bucket.
    const bucket = Math.floor(ms / (HOUR / 4));
    let key = cache.get(bucket);
    if (key === undefined) {
      let year = '';
      let month = '';
      for (const part of format.formatToParts(bucket * (HOUR / 4))) {
        if (part.type === 'year') year = part.value;
        else if (part.type === 'month') month = part.value;
      }
      key = `${year.padStart(4, '0')}-${month}`;
      cache.set(bucket, key);
    }
    return key;
  };
}
