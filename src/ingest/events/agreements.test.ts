import { EntityKind } from '../../entities/vocabulary';
import { extractArticle } from '../extract';

function events(text: string): string[] {
  const { document } = extractArticle({ text, publishedAt: '2022-11-02' });
  return (document.entities ?? []).filter((e) => e.kind === EntityKind.EVENT).map((e) => e.name);
}

describe('agreements', () => {
  it('takes "a cessation of hostilities" as an agreement', () => {
    expect(
      events('Ethiopia and Tigray forces have agreed to a permanent cessation of hostilities.'),
    ).toContain('Permanent cessation of hostilities');
  });

  it('keeps one agreement when the report varies the noun after the same proper name', () => {
    const text =
      'Russia suspended the Black Sea grain deal on Monday. “The Black Sea agreements ceased to be in effect today,” Kremlin spokesman Dmitry Peskov said.';
    expect(events(text).filter((n) => n.includes('Black Sea'))).toHaveLength(1);
  });

  it('names talks with a party after the city they are held in', () => {
    const text =
      'The Ethiopian government said on Monday it had paused talks with the Tigrayan leaders over aid corridors, which are held in the Kenyan city of Nairobi.';
    expect(events(text)).toContain('Nairobi talks');
  });

  it('names a truce after who declared it', () => {
    const text =
      'Armenia’s foreign ministry said Azerbaijani troops had broken a ceasefire that President Nikol Pashinyan announced on Sunday.';
    expect(events(text)).toContain('Pashinyan ceasefire');
  });
});
