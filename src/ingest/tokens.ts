import { nameKey } from '../text/normalize';

/**
 * Tokens of one sentence with their offsets into the article, so that every later phase can
 * point back at exact characters. A possessive ending ("Armenia’s") is its own token, so that the
 * name before it matches the gazetteer; quotation marks are their own tokens, so that quote spans
 * and cue verbs can be told apart.
 */
export type TokenKind = 'word' | 'number' | 'possessive' | 'punct' | 'quote';

export interface Token {
  text: string;
  /** Case- and accent-folded text, for lexicon look-ups. */
  key: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** The first letter is upper-case. */
  upper: boolean;
}

// One alternative per token kind; every repetition is separated by a required character, so the
// pattern cannot backtrack badly on long runs of letters or digits.
const TOKEN =
  /(\d{1,3}(?:,\d{3})+(?![\p{L}\d])|\d+(?:\.\d+)?(?![\p{L}\d-]))|([\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*)|(["“”‘’«»„'])|(\S)/gu;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const POSSESSIVE = /^(.+?)(['’]s)$/u;

function make(text: string, start: number, kind: TokenKind): Token {
  return {
    text,
    key: nameKey(text),
    start,
    end: start + text.length,
    kind,
    upper: /^\p{Lu}/u.test(text),
  };
}

export function tokenize(source: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = source.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const at = from + m.index;
    if (m[1] !== undefined) tokens.push(make(m[1], at, 'number'));
    else if (m[2] !== undefined) {
      let word = m[2];
      // "U.S." keeps its final dot: it is part of the name, not the end of the sentence.
      if (INITIALS.test(word) && slice[m.index + word.length] === '.') {
        word += '.';
        TOKEN.lastIndex++;
      }
      const possessive = POSSESSIVE.exec(word);
      if (possessive && possessive[1] && possessive[2]) {
        tokens.push(make(possessive[1], at, 'word'));
        tokens.push(make(possessive[2], at + possessive[1].length, 'possessive'));
      } else tokens.push(make(word, at, /^\d/.test(word) ? 'number' : 'word'));
    } else if (m[3] !== undefined) tokens.push(make(m[3], at, 'quote'));
    else if (m[4] !== undefined) tokens.push(make(m[4], at, 'punct'));
  }
  return tokens;
}

/** Tokenizes a lexicon phrase the way article text is tokenized, for matching. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((t) => t.key);
}
