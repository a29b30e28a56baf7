/**
 * Turns what a person types into a safe Lucene query: every special character is escaped, so no
 * input can change the query's structure, and each word also matches as a prefix ("Pashin" finds
 * Pashinyan). Words must all match.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function toLuceneQuery(text: string): string | null {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(SPECIAL, ' ').trim())
    .flatMap((w) => w.split(/\s+/))
    .filter((w) => w.length > 0 && !/^(AND|OR|NOT|TO)$/.test(w))
    .slice(0, 16);
  if (words.length === 0) return null;
  return words.map((w) => (w.length >= 3 ? `(${w} OR ${w}*)` : w)).join(' AND ');
}
