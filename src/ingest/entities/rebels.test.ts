import { extractArticle } from '../extract';

function entityIds(text: string): string[] {
  const { document } = extractArticle({ text, publishedAt: '2022-08-03' });
  return (document.entities ?? []).map((e) => e.id);
}

describe('unnamed rebels', () => {
  it('names the rebels a report never names after the country it names most', () => {
    const text =
      'Rebel shelling hit a market in the Yemeni town of Marib on Tuesday, Yemen’s defence ministry said. Yemen said the rebels would be pursued.';
    expect(entityIds(text)).toContain('yemeni-rebels');
  });

  it('leaves the bare word to a group the report names as rebels', () => {
    const text =
      'Houthi rebels shelled a market in the Yemeni town of Marib on Tuesday, Yemen’s defence ministry said. Yemen said the rebels would be pursued.';
    expect(entityIds(text)).not.toContain('yemeni-rebels');
  });
});
