/**
 * The key under which a name is looked up: case, accents and spacing ignored, so that
 * "Mevlüt Çavuşoğlu", "mevlut cavusoglu" and "MEVLUT  CAVUSOGLU" meet. Letters that Unicode does not
 * decompose into base + accent (Turkish dotless i, Polish ł, …) are mapped by hand.
 */
const UNDECOMPOSABLE: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøđðħßæœþ]/g, (c) => UNDECOMPOSABLE[c] ?? c)
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
