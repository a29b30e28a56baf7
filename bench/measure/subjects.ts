import type { Executor } from '../../src/db/executor';
import { MATRIX_SIDE, type Subjects } from '../operations';

/**
 * What the canonical questions ask about at one scale, found in the loaded graph itself so that
 * the curated seed and the generated data sets are treated alike: the busiest speaker, the most
 * talked-about country, weapons system and entity. Busiest means the heaviest pages to serve.
 */
const TOP = `
MATCH (e:Entity)
WITH e, COUNT { (e)<-[:SAID_BY]-() } AS said, COUNT { (e)<-[:ABOUT]-() } AS about
RETURN e.id AS id, e.name AS name, e.kind AS kind, said, about`;

// Stances that say something about the entity (CLAIM and REPORT are the generic ones).
const STANCE = `
MATCH (:Entity {id: $id})<-[:ABOUT]-(s:Statement)
WHERE NOT s.stance IN ['CLAIM', 'REPORT']
RETURN s.stance AS stance, count(*) AS n ORDER BY n DESC, stance LIMIT 1`;

// The year most statements were made in, and the months of one entity's statements, for the
// aggregations (a one-year monthly matrix; a timeline).
const BUSIEST_YEAR = `
MATCH (s:Statement)
RETURN s.at.year AS year, count(*) AS n ORDER BY n DESC, year LIMIT 1`;

const TARGETS = `
MATCH (e:Entity)
WITH e, COUNT { (e)<-[r:ABOUT]-() WHERE r.role = 'target' } AS n WHERE n > 0
RETURN e.id AS id ORDER BY n DESC, id LIMIT $first`;

const MONTHS = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)<-[:SAID_BY]-(s:Statement) RETURN s
  UNION
  MATCH (e)<-[r:ABOUT]-(s:Statement) WHERE r.role = 'target' RETURN s
}
WITH DISTINCT toString(date.truncate('month', s.at)) AS month
RETURN month ORDER BY month`;

type Row = { id: string; name: string; kind: string; said: number; about: number };

export async function findSubjects(executor: Executor, search: string): Promise<Subjects> {
  const rows = (await executor.read<Row>(TOP)).records.map((r) => r.toObject() as Row);
  const top = (key: 'said' | 'about', kind?: string): Row => {
    const candidates = rows.filter((r) => kind === undefined || r.kind === kind);
    const best = candidates.sort((a, b) => b[key] - a[key] || a.id.localeCompare(b.id))[0];
    if (!best) throw new Error(`the graph has no ${kind ?? 'entity'} to ask about`);
    return best;
  };
  const speaker = top('said');
  const about = top('about');
  const country = top('about', 'Country');
  const weapon = top('about', 'WeaponSystem');
  const stance = (await executor.read<{ stance: string }>(STANCE, { id: about.id })).records[0];
  const year = Number((await executor.read(BUSIEST_YEAR)).records[0]?.get('year') ?? 2020);
  const speakers = [...rows]
    .sort((a, b) => b.said - a.said || a.id.localeCompare(b.id))
    .slice(0, MATRIX_SIDE)
    .map((r) => r.id);
  const targets = (await executor.read<{ id: string }>(TARGETS, { first: MATRIX_SIDE })).records;
  const months = (await executor.read<{ month: string }>(MONTHS, { id: about.id })).records;
  return {
    country: { id: country.id, name: country.name },
    speaker: { id: speaker.id, name: speaker.name, statements: speaker.said },
    about: {
      id: about.id,
      name: about.name,
      stance: stance?.get('stance') ?? 'CLAIM',
      statements: about.about,
    },
    path: {
      from: { id: weapon.id, name: weapon.name },
      to: { id: country.id, name: country.name },
    },
    search,
    matrix: {
      speakers,
      targets: targets.map((r) => r.get('id')),
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    },
    timeline: { id: about.id, name: about.name, months: months.map((r) => r.get('month')) },
  };
}
