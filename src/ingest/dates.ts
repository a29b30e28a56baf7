import type { Token } from './tokens';
import { numberValue } from './lexicon/numbers';

/**
 * Dates written the way news writes them, resolved against the publication date: a bare weekday
 * is the latest such day on or before publication, "last <weekday>" the latest strictly before,
 * a month and day without a year falls in the publication year unless that would be after
 * publication. "Six days earlier" counts from the date of the event told just before (the
 * `anchor`), which is how such phrases chain in a report.
 */
export interface DateMention {
  start: number;
  end: number;
  /** The first and one-past-last token of the expression. */
  first: number;
  last: number;
  date: string;
  /** Counted from another event ("six days earlier"), not from the publication. */
  relative: boolean;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const DAY_MS = 86_400_000;

function parseIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  return isoDate(new Date(parseIso(iso).getTime() + days * DAY_MS));
}

function monthIndex(key: string): number {
  const full = MONTHS.indexOf(key);
  return full >= 0 ? full : MONTH_ABBREVIATIONS.indexOf(key.replace(/\.$/, ''));
}

/** The latest `weekday` on or before `iso` (strictly before when `strict`). */
export function weekdayBefore(iso: string, weekday: number, strict: boolean): string {
  const day = parseIso(iso).getUTCDay();
  let back = (day - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(iso, -back);
}

function monthDay(month: number, day: number, year: number | undefined, published: string): string {
  const pubYear = parseIso(published).getUTCFullYear();
  const make = (y: number): string =>
    `${String(y).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (year !== undefined) return make(year);
  const same = make(pubYear);
  return same > published ? make(pubYear - 1) : same;
}

const isDay = (t: Token | undefined): t is Token =>
  t !== undefined && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
const isYear = (t: Token | undefined): t is Token =>
  t !== undefined && /^(19|20)\d\d$/.test(t.text);

/** Finds date expressions in a sentence's tokens. */
export function findDates(
  tokens: readonly Token[],
  published: string,
  anchor: string,
): DateMention[] {
  const found: DateMention[] = [];
  const push = (first: number, last: number, date: string, relative = false): void => {
    found.push({
      start: tokens[first]!.start,
      end: tokens[last - 1]!.end,
      first,
      last,
      date,
      relative,
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const key = t.key;
    const weekday = WEEKDAYS.indexOf(key);
    if (weekday >= 0 && t.upper) {
      const prev = tokens[i - 1]?.key;
      const strict = prev === 'last';
      push(strict ? i - 1 : i, i + 1, weekdayBefore(published, weekday, strict));
    } else if (key === 'yesterday') push(i, i + 1, addDays(published, -1));
    else if (key === 'today' || key === 'tonight') push(i, i + 1, published);
    else if (t.upper && monthIndex(key) >= 0 && key !== 'may' && key !== 'march') {
      dateWithMonth(i);
    } else if (t.upper && (key === 'may' || key === 'march') && isDay(tokens[i + 1])) {
      dateWithMonth(i);
    } else if (isDay(t) && tokens[i + 1]?.upper && monthIndex(tokens[i + 1]!.key) >= 0) {
      const month = monthIndex(tokens[i + 1]!.key);
      const year = isYear(tokens[i + 2]) ? Number(tokens[i + 2]!.text) : undefined;
      push(i, year === undefined ? i + 2 : i + 3, monthDay(month, Number(t.text), year, published));
      i += year === undefined ? 1 : 2;
    } else {
      const n = numberValue(t.text);
      const unit = tokens[i + 1]?.key;
      const direction = tokens[i + 2]?.key;
      if (n === undefined || !unit || !direction) continue;
      const days = unit.startsWith('day') ? n : unit.startsWith('week') ? 7 * n : undefined;
      if (days === undefined) continue;
      if (direction === 'ago') push(i, i + 3, addDays(published, -days));
      else if (direction === 'earlier' || direction === 'before')
        push(i, i + 3, addDays(anchor, -days), true);
      else if (direction === 'later' || direction === 'after')
        push(i, i + 3, addDays(anchor, days), true);
    }
  }
  return found;

  function dateWithMonth(i: number): void {
    const month = monthIndex(tokens[i]!.key);
    const dayToken = tokens[i + 1];
    if (!isDay(dayToken)) return;
    let last = i + 2;
    let year: number | undefined;
    if (tokens[last]?.text === ',' && isYear(tokens[last + 1])) last++;
    if (isYear(tokens[last])) {
      year = Number(tokens[last]!.text);
      last++;
    }
    push(i, last, monthDay(month, Number(dayToken.text), year, published));
  }
}
