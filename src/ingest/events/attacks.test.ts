import { EntityKind } from '../../entities/vocabulary';
import { extractArticle } from '../extract';

/** The attack events of `text`, with their names and aliases. */
function attacks(text: string): { id: string; names: string[] }[] {
  const { document } = extractArticle({ text, publishedAt: '2021-03-12' });
  return (document.entities ?? [])
    .filter((e) => e.kind === EntityKind.EVENT)
    .map((e) => ({ id: e.id, names: [e.name, ...(e.aliases ?? [])] }));
}

describe('attack events', () => {
  it('keeps one event for an attack told again with what the first telling left out', () => {
    const text =
      'The army said on Friday that it carried out Thursday’s drone strike on a remote hamlet. ' +
      'The toll from the drone strike on the hamlet of Koro in the Bura region is not known. ' +
      'A local official said he was shocked by the deadly drone strike.';
    const found = attacks(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.names).toEqual(
      expect.arrayContaining([
        'drone strike of 11 March 2021',
        'Koro drone strike of 11 March 2021',
      ]),
    );
  });

  it('does not place an attack at the town it is told relative to', () => {
    const text =
      'Residents said a drone strike on a farm northeast of Kherson killed two people, the governor said.';
    const names = attacks(text).flatMap((a) => a.names);
    expect(names).toContain('farm drone strike');
    expect(names.some((n) => n.includes('Kherson'))).toBe(false);
  });

  it('names an attack with no place after what it struck, and dates it from a later telling', () => {
    const text =
      'The health office said nine people were killed in a rocket attack on a crowded market. ' +
      'Medics said the attack early on Wednesday also wounded 30.';
    const [event] = attacks(text);
    expect(event!.names).toEqual(
      expect.arrayContaining([
        'crowded market rocket attack of 10 March 2021',
        'attack of 10 March 2021',
      ]),
    );
  });

  it('does not place an attack at the dateline, and names it after what it struck', () => {
    const text =
      'Darfur: The health ministry said an air strike on a clinic killed four people on Tuesday.';
    expect(attacks(text)[0]!.names[0]).toBe('clinic air strike of 9 March 2021');
  });

  it('takes a definite attack at another place as another attack', () => {
    const text =
      'A missile strike hit Mosul on Monday, officials said. The strike in Erbil on Tuesday killed two, police said.';
    expect(attacks(text)).toHaveLength(2);
  });

  it('dates an attack told again only by a date beside it', () => {
    const text =
      'A clash in the Galwan Valley left soldiers dead, officials said. Commanders met on March 6 to calm things, but the army said on Tuesday that the clash broke out soon after.';
    const names = attacks(text).flatMap((e) => e.names);
    expect(names.some((n) => n.includes('6 March'))).toBe(false);
  });
});
