import { findQuotes, quoteAt, quotesIn } from './quotes';

const inner = (text: string) =>
  findQuotes(text, 0, text.length).map((q) => [text.slice(q.innerStart, q.innerEnd), q.unclosed]);

describe('quotation spans', () => {
  it('finds curly and straight double quotes', () => {
    expect(inner('“We are winning,” he said. She said "no more" today.')).toEqual([
      ['We are winning,', false],
      ['no more', false],
    ]);
  });

  it('takes single curly quotes only when they close, past apostrophes', () => {
    expect(inner('‘All the houses around here are destroyed’')).toEqual([
      ['All the houses around here are destroyed', false],
    ]);
    expect(inner('Armenia’s forces and the troops’ positions')).toEqual([]);
  });

  it('runs an unclosed quote to the end of the paragraph', () => {
    expect(inner('He said: “We will fight on')).toEqual([['We will fight on', true]]);
  });

  it('finds quotes by offset', () => {
    const text = 'a “b” c “d” e';
    const spans = findQuotes(text, 0, text.length);
    expect(quoteAt(spans, 3)?.innerStart).toBe(3);
    expect(quoteAt(spans, 6)).toBeUndefined();
    expect(quotesIn(spans, 5, 13)).toHaveLength(1);
  });
});
