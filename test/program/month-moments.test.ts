// The moments programReport judges health over time at: month ends on the
// programme's calendar (or in the offset `now` is written in), `now` last.
import { describe, expect, it } from 'vitest';
import { monthMoments } from '../../src/program/month-moments';

const iso = (ms: number) => new Date(ms).toISOString();

describe('monthMoments', () => {
  it('ends each past month at the programme’s midnight, across a DST change, and the current at now', () => {
    const now = '2026-05-11T18:00:00Z';
    const { months, moments } = monthMoments('Europe/Berlin', now, Date.parse(now), 3);
    expect(months).toEqual(['2026-03', '2026-04', '2026-05']);
    // Berlin is on summer time (+02:00) from 29 March
    expect(moments.map(iso)).toEqual([
      '2026-03-31T21:59:59.999Z',
      '2026-04-30T21:59:59.999Z',
      '2026-05-11T18:00:00.000Z',
    ]);
  });

  it('uses the programme’s month of now, and winter time before the change', () => {
    const now = '2026-03-31T23:30:00Z'; // already 1 April in Berlin
    const { months, moments } = monthMoments('Europe/Berlin', now, Date.parse(now), 3);
    expect(months).toEqual(['2026-02', '2026-03', '2026-04']);
    expect(moments.map(iso)).toEqual([
      '2026-02-28T22:59:59.999Z',
      '2026-03-31T21:59:59.999Z',
      '2026-03-31T23:30:00.000Z',
    ]);
  });

  it('without a time zone, counts months in the offset now is written in, across a year', () => {
    const now = '2027-01-10T09:00:00+05:30';
    const { months, moments } = monthMoments(undefined, now, Date.parse(now), 3);
    expect(months).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(moments.map(iso)).toEqual([
      '2026-11-30T18:29:59.999Z',
      '2026-12-31T18:29:59.999Z',
      '2027-01-10T03:30:00.000Z',
    ]);
    expect(monthMoments(undefined, '2027-01-10T09:00:00Z', 0, 1).months).toEqual(['2027-01']);
  });
});
