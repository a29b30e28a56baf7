/**
 * Sentence segmentation shared by the seed loader (which stores sentence bounds on every Source
 * and checks the sentence index of each piece of evidence) and by ingestion. Both must agree, so
 * there is exactly one splitter; changing where it cuts changes the sentence indices of every
 * curated file, which the seed tests will catch.
 */

export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

// Words that end in a full stop without ending the sentence. Lower-cased, without the dot.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'pres',
  'amb',
  'hon',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'univ',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
]);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);
const OPENERS = /["'\u201c\u2018([]/;

function isBoundary(text: string, dot: number): { end: number } | null {
  const ch = text[dot];
  let end = dot + 1;
  while (end < text.length && CLOSERS.has(text[end]!)) end++;
  if (end < text.length && !/[ \t]/.test(text[end]!)) return null;
  let next = end;
  while (next < text.length && /[ \t]/.test(text[next]!)) next++;
  if (next >= text.length || text[next] === '\n') return { end };
  const following = text[next]!;
  if (!/[\p{Lu}\d]/u.test(following) && !OPENERS.test(following)) return null;
  if (ch === '.') {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
    // A single capital before the dot is an initial ("George W. Bush"), not a sentence end.
    if (/^\p{Lu}$/u.test(word)) return null;
    if (ABBREVIATIONS.has(word.toLowerCase())) return null;
  }
  return { end };
}

/**
 * Splits text into sentences. Every line break ends a sentence (headlines and paragraphs carry
 * no full stop of their own); inside a line a sentence ends at `.`, `!` or `?`, with any closing
 * quotes, when the next word starts with a capital, a digit or an opening quote and the word
 * before is not an abbreviation or an initial. Offsets are UTF-16 indices into `text`, trimmed of
 * surrounding whitespace; empty lines yield no sentence.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ index: spans.length, start, end });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
    } else if (ch === '.' || ch === '!' || ch === '?') {
      const boundary = isBoundary(text, i);
      if (boundary) {
        push(start, boundary.end);
        start = boundary.end;
        i = boundary.end - 1;
      }
    }
  }
  push(start, text.length);
  return spans;
}

/** The index of the sentence holding offset `at`, or -1 when it falls between sentences. */
export function sentenceAt(spans: readonly SentenceSpan[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (at < span.start) hi = mid - 1;
    else if (at >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
