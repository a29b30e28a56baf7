import { extractArticle } from '../extract';

function targetsOf(text: string, fragment: string): string[] {
  const { document } = extractArticle({ text, publishedAt: '2021-03-12' });
  const statement = document.statements?.find((s) => s.text.includes(fragment));
  expect(statement).toBeDefined();
  return statement!.about.filter((a) => a.role === 'target').map((a) => a.entity);
}

describe('"the city" and "the town"', () => {
  it('reads "the city" as the place introduced as a city, not the town named since', () => {
    const text =
      'Shelling hit the city of Kharkiv on Monday, the Ukrainian military said. ' +
      'A shell hit a school in the small town of Balakliia, east of Kharkiv, the Ukrainian military said. ' +
      'Inside the city, rockets destroyed a bakery, it added.';
    expect(targetsOf(text, 'Inside the city')).toEqual(['kharkiv']);
  });
});
