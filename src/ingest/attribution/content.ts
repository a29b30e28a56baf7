import type { Paragraph } from '../article';
import { quotesIn, type QuoteSpan } from '../quotes';

/**
 * What a cue introduces: the listener or medium ("told the French newspaper Liberation"), the
 * object ("accused Baku", "congratulated him"), and the content, which is either a quotation
 * (then the evidence is the words inside the marks) or the reported clause up to where the next
 * statement or a loosely attached clause begins.
 */
export interface Content {
  /** The whole content, for reading targets, stance and figures. */
  start: number;
  end: number;
  /** The evidence: the quoted words, or the clause. */
  textStart: number;
  textEnd: number;
  isQuote: boolean;
  quotes: QuoteSpan[];
  objects: string[];
  medium?: string;
  unclosed: boolean;
}

/** The content of a statement that is a plain clause of the text, from `start` to `end`: no quotes. */
export function plainClause(start: number, end: number): Content {
  return {
    start,
    end,
    textStart: start,
    textEnd: end,
    isQuote: false,
    quotes: [],
    objects: [],
    unclosed: false,
  };
}

function trimEvidence(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;]/.test(text[start]!)) start++;
  for (;;) {
    while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
    const last = text[end - 1];
    if (last && '"”’»'.includes(last)) {
      const inner = text.slice(start, end - 1);
      const opened = last === '’' ? inner.includes('‘') : /["“«]/.test(inner);
      if (!opened) {
        end--;
        continue;
      }
    }
    return [start, end];
  }
}

export function quoteContent(
  text: string,
  q: QuoteSpan,
  objects: string[] = [],
  medium?: string,
): Content {
  const [textStart, textEnd] = trimEvidence(text, q.innerStart, q.innerEnd);
  return {
    start: q.innerStart,
    end: q.innerEnd,
    textStart,
    textEnd,
    isQuote: true,
    quotes: [q],
    objects,
    ...(medium ? { medium } : {}),
    unclosed: q.unclosed,
  };
}

/** The content of a quotation that came before its cue: "“…,” he said". */
export function quoteBefore(text: string, q: QuoteSpan): Content {
  return quoteContent(text, q);
}

/**
 * The content of a clause between two offsets. When the clause ends with a quotation, the
 * statement is the quotation; when words follow it, the whole clause, marks included.
 */
export function clauseContent(
  text: string,
  p: Paragraph,
  start: number,
  end: number,
  objects: string[],
  medium?: string,
): Content | undefined {
  const quotes = quotesIn(p.quotes, start, end);
  // A quote opened inside the clause runs on to its own end, possibly past the sentence.
  for (const q of quotes) if (q.close > end) end = q.close;
  const [cs, ce] = trimEvidence(text, start, end);
  if (ce <= cs) return undefined;
  const last = quotes[quotes.length - 1];
  // A scare-quoted word ("the “terrorists”") or several quoted fragments leave the clause whole,
  // marks included (eval conventions).
  const scare =
    last !== undefined &&
    last.open > cs &&
    !last.unclosed &&
    (quotes.length > 1 || wordsIn(text, last.innerStart, last.innerEnd) <= 2);
  if (scare && last.close >= ce)
    return {
      start: cs,
      end: last.close,
      textStart: cs,
      textEnd: last.close,
      isQuote: false,
      quotes,
      objects,
      ...(medium ? { medium } : {}),
      unclosed: false,
    };
  if (last && last.close >= ce && !last.unclosed) {
    const quoted = quoteContent(text, last, objects, medium);
    if (last.open <= cs) return quoted;
    return { ...quoted, start: cs, end: ce };
  }
  if (last?.unclosed && last.open <= cs) return quoteContent(text, last, objects, medium);
  return {
    start: cs,
    end: ce,
    textStart: cs,
    textEnd: ce,
    isQuote: false,
    quotes,
    objects,
    ...(medium ? { medium } : {}),
    unclosed: quotes.some((q) => q.unclosed),
  };
}

function wordsIn(text: string, start: number, end: number): number {
  return text
    .slice(start, end)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
