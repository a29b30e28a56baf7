/*
 * Days and time buckets as the API writes them: ISO dates ("2020-10-12"), a bucket named by its
 * first day (a week by its Monday). Computed in UTC, so that no time zone moves a day.
 */

const toDate = (day) => new Date(`${day}T00:00:00Z`);
const toDay = (date) => date.toISOString().slice(0, 10);

const fmt = (options) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options });
const DAY = fmt({ day: 'numeric', month: 'short', year: 'numeric' });
const MONTH = fmt({ month: 'long', year: 'numeric' });
const SHORT_MONTH = fmt({ month: 'short', year: 'numeric' });

/** The first day of the bucket after the one starting on `day`. */
export function nextBucket(day, bucket) {
  const d = toDate(day);
  if (bucket === 'DAY') d.setUTCDate(d.getUTCDate() + 1);
  else if (bucket === 'WEEK') d.setUTCDate(d.getUTCDate() + 7);
  else if (bucket === 'MONTH') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return toDay(d);
}

/** The last day of the bucket starting on `day`. */
export function lastDay(day, bucket) {
  const d = toDate(nextBucket(day, bucket));
  d.setUTCDate(d.getUTCDate() - 1);
  return toDay(d);
}

/**
 * Every bucket from `first` to `last`, the empty ones too, so that the time axis is even; null when
 * there would be more than `max` of them.
 */
export function bucketsBetween(first, last, bucket, max) {
  const out = [];
  for (let b = first; b <= last; b = nextBucket(b, bucket)) {
    if (out.length === max) return null;
    out.push(b);
  }
  return out;
}

/** A bucket as a reader names it: "17 Oct 2020", "week of 12 Oct 2020", "October 2020", "2020". */
export function bucketLabel(day, bucket) {
  const d = toDate(day);
  if (bucket === 'DAY') return DAY.format(d);
  if (bucket === 'WEEK') return `week of ${DAY.format(d)}`;
  if (bucket === 'MONTH') return MONTH.format(d);
  return String(d.getUTCFullYear());
}

/** The shorter name under a bar, where space is scarce. */
export function axisLabel(day, bucket) {
  if (bucket === 'MONTH') return SHORT_MONTH.format(toDate(day));
  if (bucket === 'WEEK') return DAY.format(toDate(day));
  return bucketLabel(day, bucket);
}
