/*
 * The page's GraphQL client and every operation it sends. It talks only to /graphql, as any other
 * client would, and turns every way a request can fail into an ApiError the reader can be shown.
 */

export const PAGE = 100; // the API's largest page
export const MAX_PAGES = 5;

const ENTITY = 'fragment E on Entity { id name kind }';
const STATEMENT = `fragment S on Statement {
  id text stance isQuote cue date
  speakers { ...E }
  targets { role entity { ...E } }
  source { id title outlet publishedAt }
  evidence { start end sentenceIndex sentence }
  disagreements { direction kind statement { id stance speakers { ...E } } }
} ${ENTITY}`;

export const Q = {
  start: `query Start($first: Int) {
    entities(first: $first) { ...Entities }
    sources(first: $first) { edges { node { id title outlet publishedAt } } }
  } fragment Entities on EntityConnection {
    pageInfo { hasNextPage endCursor } edges { node { ...E } }
  } ${ENTITY}`,
  entities: `query Entities($first: Int, $after: String) {
    entities(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { ...E } }
    }
  } ${ENTITY}`,
  search: `query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      kind entity { ...E } statement { ...S }
    }
  } ${STATEMENT}`,
  neighbourhood: `query Neighbourhood($id: ID!, $first: Int) {
    entity(id: $id) {
      ...E
      statementsBy(first: $first) { totalCount edges { node { ...S } } }
      statementsAbout(first: $first) { totalCount edges { node { ...S } } }
      relations { type sourceId from { ...E } to { ...E } }
    }
  } ${STATEMENT}`,
  statements: `query All($first: Int, $after: String, $where: StatementWhere) {
    statements(first: $first, after: $after, where: $where) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ...S } }
    }
  } ${STATEMENT}`,
  statement: `query One($id: ID!) { statement(id: $id) { ...S } } ${STATEMENT}`,
  // The matrix's rows and columns: the entities that speak most, and that are spoken about most.
  top: `query Top($where: StatementWhere, $first: Int) {
    topSpeakers(where: $where, first: $first) { count entity { ...E } }
    topTargets(where: $where, first: $first) { count entity { ...E } }
  } ${ENTITY}`,
  matrix: `query Matrix($where: StatementWhere, $speakers: [String!], $targets: [String!],
      $bucket: TimeBucket, $maxCells: Int) {
    stanceMatrix(where: $where, speakers: $speakers, targets: $targets, bucket: $bucket,
        maxCells: $maxCells) {
      speaker { id } target { id } stance count
    }
  }`,
  timeline: `query Timeline($entity: String!, $where: StatementWhere, $bucket: TimeBucket,
      $direction: TimelineDirection) {
    timeline(entity: $entity, where: $where, bucket: $bucket, direction: $direction) {
      bucket direction stance count
    }
  }`,
  source: `query Article($id: ID!) {
    source(id: $id) { id title outlet url publishedAt text sentences { start end } }
  }`,
};

export class ApiError extends Error {}

export async function gql(query, variables) {
  let res;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The graph API could not be reached. Check the connection and try again.');
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy's error page, say); the status below says what happened.
  }
  if (body && Array.isArray(body.errors) && body.errors.length > 0) {
    throw new ApiError(`The graph API returned an error: ${body.errors[0].message}`);
  }
  if (!res.ok || !body || !body.data) {
    throw new ApiError(`The graph API failed (HTTP ${res.status}). Nothing can be shown.`);
  }
  return body.data;
}
