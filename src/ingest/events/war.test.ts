import { EntityKind } from '../../entities/vocabulary';
import { extractArticle } from '../extract';

function wars(text: string): string[] {
  const { document } = extractArticle({ text, publishedAt: '2021-03-12' });
  return (document.entities ?? []).filter((e) => e.kind === EntityKind.EVENT).map((e) => e.name);
}

describe('the war', () => {
  it('names the war in a city after the city', () => {
    expect(wars('The war in Tripoli has killed hundreds, the agency said.')).toEqual([
      'Tripoli war',
    ]);
  });

  it('reads the lead of a report with no headline as its first sentence only', () => {
    const text =
      'Ethiopia said on Monday its army had retaken two towns. Residents in Tigray said the fighting had cut the roads.';
    expect(wars(text)).toEqual(['Ethiopia conflict']);
  });

  it('names a war the lead does not place after the country the report names most', () => {
    const text =
      'The agency said the fighting went on. Medics said the conflict had displaced thousands. Later Sudan sent more troops to the border. Sudan also closed its airspace.';
    expect(wars(text)).toEqual(['Sudan conflict']);
  });
});
