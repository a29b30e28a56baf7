import { extractArticle } from '../extract';

function extract(text: string) {
  return extractArticle({ text, publishedAt: '2021-03-12' }).document;
}

const entity = (doc: ReturnType<typeof extract>, id: string) =>
  doc.entities?.find((e) => e.id === id);

describe('bodies and places of real news', () => {
  it('reads "<demonym> occupation forces" as the state’s armed forces, known also as its army', () => {
    const doc = extract('Pakistan said the Indian occupation forces fired on villages.');
    expect(entity(doc, 'india-armed-forces')?.aliases).toEqual(
      expect.arrayContaining(['Indian occupation forces', 'Indian Army', 'Indian troops']),
    );
  });

  it('takes "the Syrian government" as the state itself', () => {
    const doc = extract('The Syrian government said rebels had shelled Hama.');
    expect(doc.statements?.[0]?.speaker).toBe('syria');
    expect(entity(doc, 'syria-government')).toBeUndefined();
  });

  it('takes a name after "in central" as a place', () => {
    const doc = extract('Two people were wounded in central Tessalit, officials said.');
    expect(entity(doc, 'tessalit')?.kind).toBe('City');
  });

  it('takes a name owned by a place as a place in it', () => {
    const doc = extract('Five people were killed in Gao’s Tessit on Monday, officials said.');
    expect(entity(doc, 'tessit')?.kind).toBe('City');
  });

  it('takes a region’s name with its noun as another name of it', () => {
    const doc = extract('Rockets were fired from the nearby Idlib region, the monitor said.');
    expect(entity(doc, 'idlib')?.aliases).toContain('Idlib region');
  });
});
