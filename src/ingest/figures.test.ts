import { parseFigures } from './figures';
import { tokenize } from './tokens';

const figures = (text: string) => parseFigures(tokenize(text, 0, text.length));

describe('casualty figures', () => {
  it('adds up civilians and forces killed', () => {
    expect(figures('34 civilians and 633 forces had so far been killed in the fighting')).toEqual({
      killed: 667,
      civilians: 34,
      forces: 633,
    });
  });

  it('reads deaths and injuries from their nouns', () => {
    expect(figures('a toll of 60 civilian deaths and 270 injuries')).toEqual({
      killed: 60,
      civilians: 60,
      injured: 270,
    });
  });

  it('reads number words and the verb after them', () => {
    expect(figures('three civilians had been wounded as a result of Azeri fire')).toEqual({
      injured: 3,
      civilians: 3,
    });
  });

  it('reads the verb before a number', () => {
    expect(figures('killing at least 13 and injuring more than 40 people')).toEqual({
      killed: 13,
      injured: 40,
    });
  });

  it('reads thousands separators', () => {
    expect(figures('a war that killed some 30,000 people')).toEqual({ killed: 30000 });
  });

  it('ignores "dozens", years and counts of no casualties', () => {
    expect(figures('dozens of civilians were killed')).toBeUndefined();
    expect(figures('since 1992, 40 tanks were sent')).toBeUndefined();
  });
});
