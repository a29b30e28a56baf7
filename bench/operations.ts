import { nameKey } from '../src/text/normalize';
import { toLuceneQuery } from '../src/search/lucene';
import { FAST_PATH_BUDGET } from '../src/read/cypher/page.cypher';
import type { FloorQuery } from './floor/queries';

/**
 * The canonical questions of the benchmark, each asked three ways: to this service (GraphQL), to
 * the anchor (@neo4j/graphql over the same data, bench/anchor/type-defs.graphql) and to the floor
 * (hand-written Cypher, bench/floor/queries.ts); the stack server is asked the floor's question
 * (`OPERATIONS`, below). They ask for the same data; `rows` counts the main items of each answer so the
 * runner can check that they found the same thing.
 */
export interface Subjects {
  /** A country asked for by name, with its relations, leaders and allies. */
  country: { id: string; name: string };
  /** The most talkative speaker: the heaviest "statements by speaker" page. */
  speaker: { id: string; name: string; statements: number };
  /** The most talked-about entity, and the stance most often taken about it. */
  about: { id: string; name: string; stance: string; statements: number };
  path: { from: { id: string; name: string }; to: { id: string; name: string } };
  search: string;
  /** A one-year monthly stance matrix: the busiest speakers and targets, the busiest year. */
  matrix: { speakers: string[]; targets: string[]; from: string; to: string };
  /** A monthly timeline of the most talked-about entity, over the months it has statements in. */
  timeline: { id: string; name: string; months: string[] };
}

export interface HttpRequest {
  path: string;
  body: string;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The servers a question is asked of: each gets a request and a way to count its answer's rows. */
type Asked<Server extends string> = { [K in Server]: (s: Subjects) => HttpRequest } & {
  name: FloorQuery;
  title: string;
  rows: { [K in Server]: (data: Json) => number };
};

export type CanonicalOperation = Asked<'ours' | 'anchor' | 'floor' | 'stack'>;

const PAGE = 20;
/** The stance matrix asks about this many speakers and as many targets. */
export const MATRIX_SIDE = 20;
/** Paths asked for: the service's default `first`. */
const PATHS = 5;

const graphql = (query: string, variables: Json): HttpRequest => ({
  path: '/graphql',
  body: JSON.stringify({ query: query.replace(/\s+/g, ' ').trim(), variables }),
});
const floor = (name: FloorQuery, params: Json): HttpRequest => ({
  path: `/${name}`,
  body: JSON.stringify(params),
});
const length = (list: unknown): number => (Array.isArray(list) ? list.length : -1);

const QUESTIONS: readonly Asked<'ours' | 'anchor' | 'floor'>[] = [
  {
    name: 'entityByName',
    title: 'entity by name with its relations',
    ours: (s) =>
      graphql(
        `
          query ($name: String!) {
            entity(name: $name) {
              id
              name
              kind
              aliases
              description
              relations {
                type
                direction
                title
                sourceId
                sentence
                other {
                  id
                  name
                  kind
                }
              }
            }
          }
        `,
        { name: s.country.name },
      ),
    anchor: (s) =>
      graphql(
        `
          query ($key: String!) {
            entityNames(where: { key: { eq: $key } }) {
              entities {
                id
                name
                kind
                aliases
                description
                relations {
                  type
                  direction
                  title
                  sourceId
                  sentence
                  other {
                    id
                    name
                    kind
                  }
                }
              }
            }
          }
        `,
        { key: nameKey(s.country.name) },
      ),
    floor: (s) => floor('entityByName', { key: nameKey(s.country.name) }),
    rows: {
      ours: (d) => length(d.entity?.relations),
      anchor: (d) => length(d.entityNames?.[0]?.entities?.[0]?.relations),
      floor: (d) => length(d[0]?.entity?.relations),
    },
  },
  {
    name: 'statementsBySpeaker',
    title: `statements by speaker, ${PAGE} per page, with speaker, about and source`,
    ours: (s) =>
      graphql(
        `
          query ($speaker: String!, $first: Int) {
            statements(where: { speaker: $speaker }, first: $first) {
              edges {
                node {
                  id
                  text
                  stance
                  date
                  speaker {
                    id
                    name
                  }
                  about {
                    id
                    name
                    kind
                  }
                  source {
                    id
                    title
                    publishedAt
                  }
                }
              }
            }
          }
        `,
        { speaker: s.speaker.id, first: PAGE },
      ),
    anchor: (s) =>
      graphql(
        `
          query ($id: ID!, $first: Int) {
            entities(where: { id: { eq: $id } }) {
              statementsBy(limit: $first, sort: [{ at: DESC }, { id: DESC }]) {
                id
                text
                stance
                date
                speakers {
                  id
                  name
                }
                about {
                  id
                  name
                  kind
                }
                source {
                  id
                  title
                  publishedAt
                }
              }
            }
          }
        `,
        { id: s.speaker.id, first: PAGE },
      ),
    floor: (s) =>
      floor('statementsBySpeaker', { id: s.speaker.id, limit: PAGE, budget: FAST_PATH_BUDGET }),
    rows: {
      ours: (d) => length(d.statements?.edges),
      anchor: (d) => length(d.entities?.[0]?.statementsBy),
      floor: (d) => length(d),
    },
  },
  {
    name: 'statementsAboutByStance',
    title: 'statements about an entity, filtered by stance',
    ours: (s) =>
      graphql(
        `
          query ($about: String!, $stance: [Stance!], $first: Int) {
            statements(where: { about: $about, stance: $stance }, first: $first) {
              edges {
                node {
                  id
                  text
                  stance
                  date
                  speaker {
                    id
                    name
                  }
                  about {
                    id
                    name
                    kind
                  }
                }
              }
            }
          }
        `,
        { about: s.about.id, stance: [s.about.stance], first: PAGE },
      ),
    anchor: (s) =>
      graphql(
        `
          query ($id: ID!, $stances: [String!], $first: Int) {
            entities(where: { id: { eq: $id } }) {
              statementsAbout(
                where: { stance: { in: $stances } }
                limit: $first
                sort: [{ at: DESC }, { id: DESC }]
              ) {
                id
                text
                stance
                date
                speakers {
                  id
                  name
                }
                about {
                  id
                  name
                  kind
                }
              }
            }
          }
        `,
        { id: s.about.id, stances: [s.about.stance], first: PAGE },
      ),
    floor: (s) =>
      floor('statementsAboutByStance', {
        id: s.about.id,
        stances: [s.about.stance],
        limit: PAGE,
        budget: FAST_PATH_BUDGET,
      }),
    rows: {
      ours: (d) => length(d.statements?.edges),
      anchor: (d) => length(d.entities?.[0]?.statementsAbout),
      floor: (d) => length(d),
    },
  },
  {
    name: 'search',
    title: 'full-text search over entities and statements',
    ours: (s) =>
      graphql(
        `
          query ($text: String!) {
            search(text: $text, first: 10) {
              kind
              score
              entity {
                id
                name
                kind
              }
              statement {
                id
                text
                speaker {
                  name
                }
              }
            }
          }
        `,
        { text: s.search },
      ),
    // The library has one query field per full-text index; the client merges the two lists.
    anchor: (s) =>
      graphql(
        `
          query ($phrase: String!) {
            entitiesByText(phrase: $phrase, first: 10) {
              edges {
                score
                node {
                  id
                  name
                  kind
                }
              }
            }
            statementsByText(phrase: $phrase, first: 10) {
              edges {
                score
                node {
                  id
                  text
                  speakers {
                    name
                  }
                }
              }
            }
          }
        `,
        { phrase: toLuceneQuery(s.search) },
      ),
    floor: (s) => floor('search', { query: toLuceneQuery(s.search), limit: 10 }),
    rows: {
      ours: (d) => length(d.search),
      anchor: (d) =>
        Math.min(10, length(d.entitiesByText?.edges) + length(d.statementsByText?.edges)),
      floor: (d) => length(d),
    },
  },
  {
    name: 'path',
    title: 'the paths between two entities (up to 4 hops)',
    ours: (s) =>
      graphql(
        `
          query ($from: String!, $to: String!) {
            path(from: $from, to: $to, maxHops: 4) {
              length
              summary
              edges {
                type
                from
                to
              }
              nodes {
                __typename
                ... on Entity {
                  id
                  name
                }
                ... on Statement {
                  id
                  text
                  stance
                }
              }
            }
          }
        `,
        { from: s.path.from.name, to: s.path.to.name },
      ),
    anchor: (s) =>
      graphql(
        `
          query ($from: ID!, $to: ID!, $limit: Int!) {
            paths(from: $from, to: $to, limit: $limit) {
              nodeIds
              nodeKinds
              edges {
                type
                from
                to
              }
            }
          }
        `,
        { from: s.path.from.id, to: s.path.to.id, limit: PATHS },
      ),
    floor: (s) => floor('path', { from: s.path.from.id, to: s.path.to.id, limit: PATHS }),
    rows: {
      ours: (d) => length(d.path),
      anchor: (d) => length(d.paths),
      floor: (d) => length(d),
    },
  },
  {
    name: 'nested',
    title: "three levels deep: a country's leaders, what each said, and about whom",
    ours: (s) =>
      graphql(
        `
          query ($name: String!) {
            entity(name: $name) {
              name
              ... on Country {
                allies {
                  name
                }
                leaders {
                  name
                  statementsBy(first: 5) {
                    edges {
                      node {
                        text
                        stance
                        about {
                          name
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        `,
        { name: s.country.name },
      ),
    anchor: (s) =>
      graphql(
        `
          query ($key: String!) {
            entityNames(where: { key: { eq: $key } }) {
              entities {
                name
                alliesOut {
                  name
                }
                alliesIn {
                  name
                }
                officeHolders {
                  name
                  statementsBy(limit: 5, sort: [{ at: DESC }, { id: DESC }]) {
                    text
                    stance
                    about {
                      name
                    }
                  }
                }
              }
            }
          }
        `,
        { key: nameKey(s.country.name) },
      ),
    floor: (s) => floor('nested', { key: nameKey(s.country.name) }),
    rows: {
      ours: (d) => nestedRows(d.entity?.leaders, (l) => l.statementsBy?.edges),
      anchor: (d) =>
        nestedRows(d.entityNames?.[0]?.entities?.[0]?.officeHolders, (l) => l.statementsBy),
      floor: (d) => nestedRows(d[0]?.entity?.leaders, (l) => l.statementsBy),
    },
  },
  {
    name: 'stanceMatrix',
    title: `a one-year monthly stance matrix, ${MATRIX_SIDE} speakers × ${MATRIX_SIDE} targets`,
    ours: (s) =>
      graphql(
        `
          query (
            $speakers: [String!]
            $targets: [String!]
            $from: DateTime
            $to: DateTime
            $maxCells: Int
          ) {
            stanceMatrix(
              speakers: $speakers
              targets: $targets
              where: { from: $from, to: $to }
              bucket: MONTH
              maxCells: $maxCells
            ) {
              speaker {
                id
              }
              target {
                id
              }
              stance
              bucket
              count
            }
          }
        `,
        {
          speakers: s.matrix.speakers,
          targets: s.matrix.targets,
          from: `${s.matrix.from}T00:00:00Z`,
          to: `${s.matrix.to}T00:00:00Z`,
          maxCells: 100_000,
        },
      ),
    // The library has no group-by: one count per speaker and target for the year, each an aliased
    // connection aggregate. Per month and stance it would take 180 aliases per pair.
    anchor: (s) => graphql(anchorMatrix(s.matrix.targets.length), anchorMatrixVariables(s)),
    floor: (s) => floor('stanceMatrix', s.matrix),
    rows: {
      ours: (d) => sumOf(d.stanceMatrix),
      anchor: (d) =>
        Array.isArray(d.entities)
          ? d.entities.reduce(
              (n: number, e: Json) => n + sumOf(Object.values(e), aggregateCount),
              0,
            )
          : -1,
      floor: (d) => sumOf(d),
    },
  },
  {
    name: 'timeline',
    title: 'the monthly timeline of the most talked-about entity, said by and about it',
    ours: (s) =>
      graphql(
        `
          query ($entity: String!) {
            timeline(entity: $entity, bucket: MONTH, direction: BOTH) {
              bucket
              direction
              stance
              count
            }
          }
        `,
        { entity: s.timeline.id },
      ),
    // One aliased count per month and direction (no stances: that would be 15 times as many).
    anchor: (s) => graphql(anchorTimeline(s.timeline.months), { id: s.timeline.id }),
    floor: (s) => floor('timeline', { id: s.timeline.id }),
    rows: {
      ours: (d) => sumOf(d.timeline),
      anchor: (d) => sumOf(Object.values(d.entities?.[0] ?? {}), aggregateCount),
      floor: (d) => sumOf(d),
    },
  },
];

/**
 * Each question is asked of the stack server (servers/stack.ts) as the floor is asked it: the
 * floor's question and parameters, as the variables of its one JSON field, whose value then holds
 * the floor's records.
 */
export const OPERATIONS: readonly CanonicalOperation[] = QUESTIONS.map((q) => ({
  ...q,
  stack: (s: Subjects) =>
    graphql(
      'query ($question: String!, $params: JSON) { floor(question: $question, params: $params) }',
      { question: q.name, params: JSON.parse(q.floor(s).body) as Json },
    ),
  rows: { ...q.rows, stack: (d: Json) => q.rows.floor(d.floor) },
}));

/** The statements counted in an answer of counts: what the three servers must agree on. */
function sumOf(list: unknown, count: (x: Json) => number = (x) => Number(x.count)): number {
  return Array.isArray(list) ? list.reduce((n: number, x: Json) => n + count(x), 0) : -1;
}

const aggregateCount = (x: Json): number =>
  typeof x === 'object' && x !== null && 'aggregate' in x ? Number(x.aggregate.count.nodes) : 0;

const TARGET_FILTER = (t: string) =>
  `aboutConnection: { some: { node: { id: { eq: ${t} } }, edge: { role: { eq: "target" } } } }`;

function anchorMatrix(targets: number): string {
  const vars = Array.from({ length: targets }, (_, i) => `$t${i}: ID!`).join(', ');
  const counts = Array.from(
    { length: targets },
    (_, i) =>
      `t${i}: statementsByConnection(where: { node: { at: { gte: $from, lte: $to }, ${TARGET_FILTER(`$t${i}`)} } }) { aggregate { count { nodes } } }`,
  ).join('\n');
  return `query ($speakers: [ID!]!, $from: Date!, $to: Date!, ${vars}) {
    entities(where: { id: { in: $speakers } }) { id ${counts} } }`;
}

function anchorMatrixVariables(s: Subjects): Json {
  const { speakers, targets, from, to } = s.matrix;
  return { speakers, from, to, ...Object.fromEntries(targets.map((t, i) => [`t${i}`, t])) };
}

function anchorTimeline(months: readonly string[]): string {
  const next = (month: string) => {
    const d = new Date(`${month}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + 1);
    return d.toISOString().slice(0, 10);
  };
  const counts = months.flatMap((month, i) => {
    const at = `at: { gte: "${month}", lt: "${next(month)}" }`;
    return [
      `by${i}: statementsByConnection(where: { node: { ${at} } }) { aggregate { count { nodes } } }`,
      `about${i}: statementsAboutConnection(where: { node: { ${at} }, edge: { role: { eq: "target" } } }) { aggregate { count { nodes } } }`,
    ];
  });
  // Under one root field, so that the library answers it in one query.
  return `query ($id: ID!) { entities(where: { id: { eq: $id } }) { id ${counts.join('\n')} } }`;
}

/** Leaders plus their statements: equal only if both levels of the answer agree in size. */
function nestedRows(leaders: unknown, statements: (leader: Json) => unknown): number {
  if (!Array.isArray(leaders)) return -1;
  return leaders.reduce((n: number, l: Json) => n + 1 + length(statements(l)), 0);
}
