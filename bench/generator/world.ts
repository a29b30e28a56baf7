import { EntityKind, RelationType } from '../../src/entities/vocabulary';
import { demonym, Names, slugOf } from './names';
import type { Prng } from './prng';

/**
 * The made-up world every generated article talks about: a fixed cast of countries, leaders,
 * ministries, international bodies, newspapers, cities, regions, weapons systems and wars, with the
 * relations between them. Its size does not depend on the number of statements, so a bigger data
 * set means more talk about the same world, as a longer news archive would be.
 */
export interface WorldEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string;
  /** The country a leader, ministry or city belongs to (its id). */
  country?: string;
  /** For a country: the name of its capital, which the news uses for its government. */
  capital?: string;
}

export interface WorldRelation {
  type: RelationType;
  from: string;
  to: string;
  title?: string;
  /** The sentence of the reference text that asserts it. */
  sentence: string;
}

export interface World {
  entities: WorldEntity[];
  relations: WorldRelation[];
  byId: Map<string, WorldEntity>;
  /** Who speaks, most talkative first (drawn with a power law). */
  speakers: WorldEntity[];
  /** What is talked about, most talked-about first. */
  targets: WorldEntity[];
  newspapers: WorldEntity[];
  topics: readonly string[];
}

export const WORLD_SIZE = {
  countries: 220,
  bodies: 40,
  newspapers: 60,
  regions: 80,
  weapons: 90,
  wars: 40,
  persons: 30,
} as const;

const OFFICES = ['President', 'Prime Minister', 'Foreign Minister', 'Defense Minister'] as const;
const BODY_WORDS = ['Council', 'Union', 'Alliance', 'Organization', 'Pact', 'Assembly'] as const;
const PAPER_WORDS = ['Herald', 'Times', 'Gazette', 'Courier', 'Observer', 'Post'] as const;

/** Topics of the news, one per statement; full-text searches look for them. */
export const TOPICS = [
  'ceasefire',
  'shelling',
  'drones',
  'sanctions',
  'negotiations',
  'refugees',
  'blockade',
  'convoy',
  'pipeline',
  'border',
  'prisoners',
  'airspace',
  'elections',
  'mobilization',
  'artillery',
  'peacekeepers',
  'corridor',
  'reservoir',
  'airport',
  'harbor',
  'hostages',
  'evacuation',
  'landmines',
  'checkpoint',
  'embargo',
  'referendum',
  'militias',
  'airstrikes',
  'grain',
  'monitors',
] as const;

export function buildWorld(rng: Prng): World {
  const names = new Names(rng);
  const entities: WorldEntity[] = [];
  const relations: WorldRelation[] = [];
  const ids = new Set<string>();
  const add = (e: Omit<WorldEntity, 'id'>): WorldEntity => {
    const entity = { ...e, id: slugOf(e.name) };
    if (ids.has(entity.id)) throw new Error(`generated the id "${entity.id}" twice`);
    ids.add(entity.id);
    entities.push(entity);
    return entity;
  };
  const relate = (r: WorldRelation) => relations.push(r);

  const countries = Array.from({ length: WORLD_SIZE.countries }, () => {
    const name = names.country();
    return add({
      kind: EntityKind.COUNTRY,
      name,
      aliases: [demonym(name), `Republic of ${name}`],
      description: `A made-up country of the benchmark world.`,
    });
  });

  const leaders: WorldEntity[] = [];
  const ministries: WorldEntity[] = [];
  const cities: WorldEntity[] = [];
  for (const country of countries) {
    const capital = add({
      kind: EntityKind.CITY,
      name: names.word(2, 3),
      aliases: [],
      description: `Capital of ${country.name}.`,
      country: country.id,
    });
    country.capital = capital.name;
    cities.push(capital);
    relate({
      type: RelationType.CAPITAL_OF,
      from: capital.id,
      to: country.id,
      sentence: `${capital.name} is the capital of ${country.name}.`,
    });
    const town = add({
      kind: EntityKind.CITY,
      name: names.word(2, 3),
      aliases: [],
      description: `A city of ${country.name}.`,
      country: country.id,
    });
    cities.push(town);
    relate({
      type: RelationType.LOCATED_IN,
      from: town.id,
      to: country.id,
      sentence: `${town.name} is a city in ${country.name}.`,
    });

    for (const office of rng.sample(OFFICES, rng.int(2, 4))) {
      const name = names.person();
      const leader = add({
        kind: EntityKind.LEADER,
        name,
        aliases: [name.split(' ')[1]!],
        description: `${office} of ${country.name}.`,
        country: country.id,
      });
      leaders.push(leader);
      relate({
        type: RelationType.HOLDS_OFFICE,
        from: leader.id,
        to: country.id,
        title: office,
        sentence: `${name} is the ${office} of ${country.name}.`,
      });
    }
    for (const body of ['Defense Ministry', 'Armed Forces']) {
      const name = `${country.name} ${body}`;
      const ministry = add({
        kind: EntityKind.ORGANIZATION,
        name,
        aliases: [`${demonym(country.name)} ${body}`],
        description: `The ${body.toLowerCase()} of ${country.name}.`,
        country: country.id,
      });
      ministries.push(ministry);
      relate({
        type: RelationType.PART_OF,
        from: ministry.id,
        to: country.id,
        sentence: `The ${name} is part of the state of ${country.name}.`,
      });
    }
  }

  for (const country of countries) {
    for (const ally of rng.sample(countries, rng.int(1, 3))) {
      if (ally === country) continue;
      relate({
        type: RelationType.ALLY_OF,
        from: country.id,
        to: ally.id,
        sentence: `${country.name} is an ally of ${ally.name}.`,
      });
    }
  }

  const bodies = Array.from({ length: WORLD_SIZE.bodies }, () => {
    const name = `${rng.pick(BODY_WORDS)} of ${names.word(2, 3)}`;
    const body = add({
      kind: EntityKind.ORGANIZATION,
      name,
      aliases: [],
      description: 'An international body of the benchmark world.',
    });
    for (const member of rng.sample(countries, rng.int(3, 12))) {
      relate({
        type: RelationType.MEMBER_OF,
        from: member.id,
        to: body.id,
        sentence: `${member.name} is a member of the ${name}.`,
      });
    }
    return body;
  });

  const newspapers = Array.from({ length: WORLD_SIZE.newspapers }, () => {
    const city = rng.pick(cities);
    const name = `${names.word(2, 2)} ${rng.pick(PAPER_WORDS)}`;
    const paper = add({
      kind: EntityKind.ORGANIZATION,
      name,
      aliases: [],
      description: `A newspaper published in ${city.name}.`,
    });
    relate({
      type: RelationType.LOCATED_IN,
      from: paper.id,
      to: city.id,
      sentence: `The ${name} is published in ${city.name}.`,
    });
    return paper;
  });

  const regions = Array.from({ length: WORLD_SIZE.regions }, () => {
    const [owner, holder] = rng.sample(countries, 2) as [WorldEntity, WorldEntity];
    const region = add({
      kind: EntityKind.REGION,
      name: names.word(3, 4),
      aliases: [],
      description: `A disputed region claimed by ${owner.name}.`,
    });
    relate({
      type: RelationType.RECOGNIZED_AS_PART_OF,
      from: region.id,
      to: owner.id,
      sentence: `${region.name} is internationally recognized as part of ${owner.name}.`,
    });
    relate({
      type: RelationType.CONTROLLED_BY,
      from: region.id,
      to: holder.id,
      sentence: `${region.name} is held by ${holder.name}.`,
    });
    return region;
  });

  const weapons = Array.from({ length: WORLD_SIZE.weapons }, () => {
    const name = names.weapon();
    const weapon = add({
      kind: EntityKind.WEAPON_SYSTEM,
      name,
      aliases: [`${name} system`],
      description: 'A weapons system of the benchmark world.',
    });
    for (const operator of rng.sample(countries, rng.int(1, 6))) {
      relate({
        type: RelationType.OPERATES,
        from: operator.id,
        to: weapon.id,
        sentence: `${operator.name} operates the ${name}.`,
      });
    }
    return weapon;
  });

  const wars = Array.from({ length: WORLD_SIZE.wars }, (_, i) => {
    const [a, b, broker] = rng.sample(countries, 3) as [WorldEntity, WorldEntity, WorldEntity];
    // Each region has at most one war and one ceasefire, so event names are unique.
    const where = regions[Math.floor(i / 2) % regions.length]!;
    const name = `${where.name} ${i % 2 === 0 ? 'War' : 'Ceasefire'}`;
    const war = add({
      kind: EntityKind.EVENT,
      name,
      aliases: [],
      description: `Fighting between ${a.name} and ${b.name} over ${where.name}.`,
    });
    relate({
      type: RelationType.FOUGHT_IN,
      from: a.id,
      to: war.id,
      sentence: `${a.name} fought in the ${name}.`,
    });
    relate({
      type: RelationType.FOUGHT_IN,
      from: b.id,
      to: war.id,
      sentence: `${b.name} fought in the ${name}.`,
    });
    relate({
      type: RelationType.OCCURRED_IN,
      from: war.id,
      to: where.id,
      sentence: `The ${name} took place in ${where.name}.`,
    });
    relate({
      type: RelationType.BROKERED_BY,
      from: war.id,
      to: broker.id,
      sentence: `Talks on the ${name} were brokered by ${broker.name}.`,
    });
    return war;
  });

  const persons = Array.from({ length: WORLD_SIZE.persons }, () =>
    add({
      kind: EntityKind.PERSON,
      name: names.person(),
      aliases: [],
      description: 'An analyst quoted by the benchmark news.',
    }),
  );

  // Leaders head the ranking, so that, as in the news, a few of them say most of what is said.
  const talkers = rng.shuffle(leaders);
  const speakers = [
    ...talkers.slice(0, 30),
    ...rng.shuffle([...talkers.slice(30), ...countries, ...ministries, ...bodies, ...persons]),
  ];
  const targets = rng.shuffle([
    ...countries,
    ...regions,
    ...weapons,
    ...leaders,
    ...cities,
    ...wars,
    ...bodies,
  ]);
  return {
    entities,
    relations,
    byId: new Map(entities.map((e) => [e.id, e])),
    speakers,
    targets,
    newspapers,
    topics: TOPICS,
  };
}
