import { readFileSync } from 'node:fs';
import { repoPath } from '../paths';
import { sentenceAt, splitSentences } from './sentences';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps abbreviations and initials inside their sentence', () => {
    expect(
      texts('Mr. Smith met Gen. Lee in the U.S. capital. George W. Bush was not there.'),
    ).toEqual(['Mr. Smith met Gen. Lee in the U.S. capital.', 'George W. Bush was not there.']);
  });

  it('ends a sentence after a closing quote and starts one at an opening quote', () => {
    expect(texts('“We will win,” he said. “Nothing stops us.” She disagreed.')).toEqual([
      '“We will win,” he said.',
      '“Nothing stops us.”',
      'She disagreed.',
    ]);
  });

  it('does not split before a lower-case word or a number inside a sentence', () => {
    expect(texts('The toll was 3.5 times higher, e.g. in the north. It rose.')).toEqual([
      'The toll was 3.5 times higher, e.g. in the north.',
      'It rose.',
    ]);
  });

  it('treats each line as ending a sentence, so headlines stand alone', () => {
    expect(texts('Armenia denies hitting Ganja\nArmenia denied it.\n\n')).toEqual([
      'Armenia denies hitting Ganja',
      'Armenia denied it.',
    ]);
  });

  it('splits the seed article into its 30 sentences', () => {
    const article = readFileSync(repoPath('seed', 'nagorno-karabakh-2020-10-17.txt'), 'utf8');
    const spans = splitSentences(article);
    expect(spans).toHaveLength(30);
    expect(article.slice(spans[11]!.start, spans[11]!.end)).toBe(
      '“Many people are under the rubble.',
    );
    expect(sentenceAt(spans, spans[19]!.start + 5)).toBe(19);
  });
});
