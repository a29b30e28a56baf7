import { extractArticle, type KnownEntity } from '../extract';
import { EntityKind } from '../../entities/vocabulary';

function extract(text: string, known: KnownEntity[] = []) {
  return extractArticle({ text, publishedAt: '2023-05-21' }, known).document;
}

const entity = (doc: ReturnType<typeof extract>, id: string) =>
  doc.entities?.find((e) => e.id === id);

describe('titles', () => {
  it.each([
    [
      'Turkish Foreign Minister Mevlut Cavusoglu said it.',
      'mevlut-cavusoglu',
      'turkey',
      'Foreign Minister',
    ],
    [
      'Armenian Prime Minister Nikol Pashinyan said it.',
      'nikol-pashinyan',
      'armenia',
      'Prime Minister',
    ],
    ['Azerbaijani President Ilham Aliyev said it.', 'ilham-aliyev', 'azerbaijan', 'President'],
    [
      'Sudan’s army chief General Abdel Fattah al-Burhan said it.',
      'abdel-fattah-al-burhan',
      'sudan-armed-forces',
      'Army Chief',
    ],
    [
      'Ukraine’s President Volodymyr Zelenskyy said it.',
      'volodymyr-zelenskyy',
      'ukraine',
      'President',
    ],
    [
      'U.S. Secretary of State Antony Blinken said it.',
      'antony-blinken',
      'united-states',
      'Secretary of State',
    ],
    [
      'Dmytro Kuleba, Ukraine’s foreign minister, said it.',
      'dmytro-kuleba',
      'ukraine',
      'Foreign Minister',
    ],
    [
      'NATO Secretary-General Jens Stoltenberg said it.',
      'jens-stoltenberg',
      'nato',
      'Secretary-General',
    ],
  ])('reads the office in "%s"', (text, person, office, title) => {
    const doc = extract(text);
    expect(entity(doc, person)?.kind).toBe(EntityKind.LEADER);
    expect(doc.relations).toContainEqual(
      expect.objectContaining({ type: 'HOLDS_OFFICE', from: person, to: office, title }),
    );
  });

  it('gives a counterpart the office of the person compared with', () => {
    const doc = extract(
      'Turkish Defense Minister Hulusi Akar talked to his Azeri counterpart, Zakir Hasanov, on the phone.',
    );
    expect(doc.relations).toContainEqual(
      expect.objectContaining({
        type: 'HOLDS_OFFICE',
        from: 'zakir-hasanov',
        to: 'azerbaijan',
        title: 'Defense Minister',
      }),
    );
  });

  it('records no office held in the past', () => {
    const doc = extract('Former Nigerian President Olusegun Obasanjo said the talks had ended.');
    expect(entity(doc, 'olusegun-obasanjo')).toBeDefined();
    expect(doc.relations?.filter((r) => r.type === 'HOLDS_OFFICE')).toEqual([]);
  });
});

describe('countries, demonyms and bodies', () => {
  it.each([
    ['Azeri', 'azerbaijan'],
    ['Azerbaijani', 'azerbaijan'],
    ['Armenian', 'armenia'],
    ['Turkish', 'turkey'],
    ['Russian', 'russia'],
    ['Ukrainian', 'ukraine'],
    ['Israeli', 'israel'],
    ['Palestinian', 'palestine'],
    ['Iranian', 'iran'],
    ['Chinese', 'china'],
    ['Indian', 'india'],
    ['Pakistani', 'pakistan'],
    ['Sudanese', 'sudan'],
    ['Ethiopian', 'ethiopia'],
    ['Eritrean', 'eritrea'],
    ['Syrian', 'syria'],
    ['Lebanese', 'lebanon'],
    ['American', 'united-states'],
    ['British', 'united-kingdom'],
    ['French', 'france'],
    ['German', 'germany'],
  ])('reads the demonym %s as %s', (demonym, country) => {
    const doc = extract(`${demonym} troops were seen near the border on Monday.`);
    expect(entity(doc, country)?.kind).toBe(EntityKind.COUNTRY);
  });

  it('names a state body once, whatever the spelling', () => {
    const doc = extract(
      'The Azerbaijani Defense Ministry released a video. Azerbaijan’s Defence Ministry said it was authentic.',
    );
    const bodies = doc.entities?.filter((e) => e.kind === EntityKind.ORGANIZATION) ?? [];
    expect(bodies.map((e) => e.id)).toEqual(['azerbaijan-defense-ministry']);
    expect(doc.relations).toContainEqual(
      expect.objectContaining({
        type: 'PART_OF',
        from: 'azerbaijan-defense-ministry',
        to: 'azerbaijan',
      }),
    );
  });

  it('makes organizations of a region’s government, armed groups and news outlets', () => {
    const doc = extract(
      'The separatist government of Karabakh said so. Armenian-backed forces held Fizuli, the French newspaper Liberation reported.',
    );
    expect(entity(doc, 'separatist-government-of-karabakh')?.kind).toBe(EntityKind.ORGANIZATION);
    expect(entity(doc, 'armenian-backed-forces')?.kind).toBe(EntityKind.ORGANIZATION);
    expect(entity(doc, 'liberation')?.kind).toBe(EntityKind.ORGANIZATION);
    expect(doc.relations).toContainEqual(
      expect.objectContaining({ type: 'LOCATED_IN', from: 'liberation', to: 'france' }),
    );
  });

  it('recognizes organizations by their last word', () => {
    const doc = extract('The Rapid Support Forces and the Sudan Doctors’ Union spoke on Monday.');
    expect(entity(doc, 'rapid-support-forces')?.kind).toBe(EntityKind.ORGANIZATION);
    expect(doc.entities?.map((e) => e.name)).toContain('Sudan Doctors’ Union');
  });
});

describe('people and names', () => {
  it('makes a person of an unnamed witness', () => {
    const doc = extract('“The houses are gone,” said a Ganja resident.');
    expect(entity(doc, 'ganja-resident')).toMatchObject({
      kind: EntityKind.PERSON,
      name: 'Ganja resident',
    });
  });

  it('does not make entities of capitalized ordinary words', () => {
    const doc = extract(
      'Also on Saturday, fighting continued. But Many people fled in September and Monday was quiet.',
    );
    expect(doc.entities).toEqual([]);
  });

  it('uses the id of a known entity, matching names without case or accents', () => {
    const known: KnownEntity[] = [
      { id: 'cavusoglu-mevlut', kind: EntityKind.LEADER, name: 'Mevlüt Çavuşoğlu', aliases: [] },
    ];
    const doc = extract(
      'MEVLUT CAVUSOGLU said Ankara would help. Mevlut Cavusoglu said so again.',
      known,
    );
    expect(doc.statements?.[0]?.speaker).toBe('cavusoglu-mevlut');
    expect(entity(doc, 'cavusoglu-mevlut')).toBeUndefined();
  });

  it('resolves a capital through a known capitalOf', () => {
    const known: KnownEntity[] = [
      { id: 'az', kind: EntityKind.COUNTRY, name: 'Azerbaijan', aliases: [] },
      { id: 'baku-city', kind: EntityKind.CITY, name: 'Baku', aliases: [], capitalOf: 'az' },
    ];
    const doc = extract('Baku said the strike was over.', known);
    expect(doc.statements?.[0]?.speaker).toBe('az');
  });

  it('recognizes weapon systems and who operates them', () => {
    const doc = extract('Its forces destroyed an Armenian-operated S-300 air defense system.');
    expect(entity(doc, 's-300')).toMatchObject({
      kind: EntityKind.WEAPON_SYSTEM,
      aliases: ['S-300 air defense system'],
    });
    expect(doc.relations).toContainEqual(
      expect.objectContaining({ type: 'OPERATES', from: 'armenia', to: 's-300' }),
    );
  });
});

describe('countries of the gazetteer', () => {
  it('knows the smaller states news reports on, with their demonyms', () => {
    const doc = extract(
      'The Guyanese foreign ministry said Suriname and Guinea-Bissau backed its claim. Peru did not.',
    );
    for (const id of ['guyana', 'suriname', 'guinea-bissau', 'peru'])
      expect(entity(doc, id)?.kind).toBe(EntityKind.COUNTRY);
  });
});
