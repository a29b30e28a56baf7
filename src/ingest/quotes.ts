/**
 * Quotation spans of one paragraph. Curly quotes say which way they face; a straight double
 * quote opens when it follows a space or the start and closes otherwise. Single curly quotes are
 * quotes only when an opening ‘ is later closed by a ’ that is not an apostrophe. A quote left
 * open runs to the end of its paragraph (news continues long quotes in the next paragraph with a
 * new opening mark) and is flagged so that its attribution gets a lower confidence.
 */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when unclosed. */
  close: number;
  /** The words inside the marks. */
  innerStart: number;
  innerEnd: number;
  unclosed: boolean;
}

const OPEN_DOUBLE = '“„«';
const CLOSE_DOUBLE = '”»‟';

function opensHere(text: string, i: number, start: number): boolean {
  return i === start || /[\s([—–-]/.test(text[i - 1] ?? ' ');
}

export function findQuotes(text: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let single = false;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    const opensDouble = OPEN_DOUBLE.includes(ch) || (ch === '"' && opensHere(text, i, start));
    // A single quote never closed was an apostrophe after all; a double quote takes over.
    if (open < 0 || (single && opensDouble)) {
      if (opensDouble) {
        open = i;
        single = false;
      } else if (ch === '‘' && opensHere(text, i, start) && /\p{L}|\d/u.test(text[i + 1] ?? '')) {
        open = i;
        single = true;
      }
      continue;
    }
    const closesDouble = !single && (CLOSE_DOUBLE.includes(ch) || ch === '"');
    // An apostrophe sits between letters ("don’t"); a closing single quote does not.
    const closesSingle = single && ch === '’' && !/\p{L}/u.test(text[i + 1] ?? ' ');
    if (closesDouble || closesSingle) {
      spans.push({ open, close: i + 1, innerStart: open + 1, innerEnd: i, unclosed: false });
      open = -1;
    }
  }
  if (open >= 0 && !single) {
    spans.push({ open, close: end, innerStart: open + 1, innerEnd: end, unclosed: true });
  }
  return spans;
}

/** The quote that contains offset `at`, if any (spans are sorted and disjoint). */
export function quoteAt(spans: readonly QuoteSpan[], at: number): QuoteSpan | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid]!;
    if (at < q.open) hi = mid - 1;
    else if (at >= q.close) lo = mid + 1;
    else return q;
  }
  return undefined;
}

/** The quotes that overlap [start, end), found by binary search (spans are sorted and disjoint). */
export function quotesIn(spans: readonly QuoteSpan[], start: number, end: number): QuoteSpan[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.close <= start) lo = mid + 1;
    else hi = mid;
  }
  const found: QuoteSpan[] = [];
  for (let i = lo; i < spans.length && spans[i]!.open < end; i++) found.push(spans[i]!);
  return found;
}
