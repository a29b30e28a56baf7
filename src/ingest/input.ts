/**
 * Checks an article before extraction. Input that is not an article (empty, binary, too long)
 * is refused with a plain message; text that is merely not English is accepted and yields no
 * statements, with a warning, because nothing in it is wrong.
 */
export const DEFAULT_MAX_LENGTH = 2_000_000;

export class ExtractionInputError extends Error {
  override readonly name = 'ExtractionInputError';
}

// Control characters other than tab, line feed, form feed and carriage return, and U+FFFD, the
// replacement character a decoder leaves for bytes that were not UTF-8.
function countSuspicious(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd) n++;
  }
  return n;
}

export function checkInput(text: unknown, maxLength = DEFAULT_MAX_LENGTH): string {
  if (typeof text !== 'string') throw new ExtractionInputError('the article text must be a string');
  if (text.trim().length === 0) throw new ExtractionInputError('the article text is empty');
  if (text.length > maxLength) {
    throw new ExtractionInputError(
      `the article text is ${text.length} characters long; the limit is ${maxLength}`,
    );
  }
  if (text.includes('\u0000'))
    throw new ExtractionInputError('the article text looks binary (it contains NUL bytes)');
  const suspicious = countSuspicious(text);
  if (suspicious > 16 && suspicious / text.length > 0.01) {
    throw new ExtractionInputError(
      'the article text looks binary or wrongly decoded (too many control or replacement characters)',
    );
  }
  return text;
}

const ENGLISH = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'on',
  'said',
  'with',
  'as',
  'was',
  'by',
  'at',
  'from',
  'has',
  'have',
  'it',
  'were',
  'are',
  'had',
  'its',
  'an',
  'he',
  'she',
  'they',
  'not',
  'be',
]);

/** Whether the text reads as English: common function words make up a fair share of its words. */
export function looksEnglish(text: string): boolean {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 12) return true;
  const common = words.filter((w) => ENGLISH.has(w)).length;
  return common / words.length >= 0.08;
}
