import { extractArticle } from '../extract';

function targetsOf(text: string, fragment: string): string[] {
  const { document } = extractArticle({ text, publishedAt: '2021-03-12' });
  const statement = document.statements?.find((s) => s.text.includes(fragment));
  expect(statement).toBeDefined();
  return statement!.about.filter((a) => a.role === 'target').map((a) => a.entity);
}

describe('act anaphora', () => {
  it('takes "such acts" as about the agent of the act told in the sentence before', () => {
    const text =
      'Armenia’s Defence Ministry said on Monday that Azerbaijani forces shelled three villages overnight. ' +
      'The ministry said such cowardly acts were a clear violation of the 1994 ceasefire agreement.';
    expect(targetsOf(text, 'cowardly acts')).toEqual(['azerbaijan-armed-forces']);
  });

  it('takes "these attacks" as about the agent named after "by" before the content', () => {
    const text =
      'Condemning the shelling of border villages by the Indian troops, Pakistan’s Foreign Office said these repeated attacks were a threat to regional peace.';
    expect(targetsOf(text, 'repeated attacks')).toEqual(['india-armed-forces']);
  });

  it('takes words in the second person as about whom the speaker replies to', () => {
    const text =
      'Russian President Vladimir Putin responded to a speech given on Monday by Ukrainian President Volodymyr Zelensky, saying: “You know very well that the Minsk agreements are dead.”';
    expect(targetsOf(text, 'You know very well')).toEqual(['volodymyr-zelensky']);
  });

  it('takes blame in the second person as aimed at whom the speaker last confronted', () => {
    const text =
      'Armenian Prime Minister Nikol Pashinyan on Monday accused the OSCE Minsk Group of ignoring the blockade of Lachin. ' +
      'He said Azerbaijan had closed the road and that Azerbaijan and Turkey wanted war. ' +
      '“Shame on you, you have done nothing for months,” Pashinyan said.';
    expect(targetsOf(text, 'Shame on you')).toEqual(['osce-minsk-group']);
  });
});
