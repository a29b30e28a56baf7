import type { Sentence } from '../article';

/** A quotation's marks and its inner text, as quotes.ts finds them. */
interface QuoteSpan {
  open: number;
  close: number;
  innerStart: number;
  innerEnd: number;
}

/**
 * Quotation marks in the reporter's narration that hold no one's words, so that a quote no cue
 * claimed is not handed to the last speaker:
 * - a scare quote, a word or two quoted inside narration ("including “sealing” it off");
 * - the title of a work (news style quotes the names of programmes, books, films and reports):
 *   "aired on “Top Story with Tom Llamas”", "a report titled “Hunger in the Sahel”".
 */
export function narratedQuote(text: string, s: Sentence, q: QuoteSpan): boolean {
  return scareQuote(text, s, q) || titleQuote(text, q);
}

const wordsIn = (text: string): string[] =>
  text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

function scareQuote(text: string, s: Sentence, q: QuoteSpan): boolean {
  const inside = wordsIn(text.slice(q.innerStart, q.innerEnd)).length;
  const outside =
    wordsIn(text.slice(s.start, q.open)).length + wordsIn(text.slice(q.close, s.end)).length;
  return inside <= 3 && outside >= 4;
}

/** Words that introduce a name rather than words spoken: a preposition, or a naming verb or noun. */
const BEFORE_TITLE =
  /(?:^|\s)(?:on|in|titled|entitled|called|named|dubbed|headlined|show|programme|program|series|documentary|film|book|report|column|newspaper|magazine)[\s,:]*$/i;
/** The small words a title leaves in lower case. */
const MINOR = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|vs\.?)$/;

/** A title: in title case, short, with no sentence inside, after a word that introduces a name. */
function titleQuote(text: string, q: QuoteSpan): boolean {
  if (!BEFORE_TITLE.test(text.slice(Math.max(0, q.open - 30), q.open))) return false;
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  if (/[.!?;]$|[.!?;]\s/.test(inner)) return false;
  const words = wordsIn(inner);
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR.test(w)));
}
