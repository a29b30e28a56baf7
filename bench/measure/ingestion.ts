import { performance } from 'node:perf_hooks';
import type { Executor } from '../../src/db/executor';
import { extractArticle, type ArticleInput, type KnownEntity } from '../../src/ingest/extract';
import { articleInput, loadGold } from '../../src/ingest/eval/gold';
import { knownEntities } from '../../src/ingest/known-entities';
import { repoPath } from '../../src/paths';

/** The key the runner gives our server so that it may take `ingestArticle` (see scale.ts). */
export const INGEST_API_KEY = 'bench-ingest-key-not-a-secret';

export interface ArticleIngest {
  article: string;
  words: number;
  /** From sending the mutation to its answer: extraction, checks and the write, over HTTP. */
  ms: number;
  statements: number;
  loaded: boolean;
}

export interface IngestionResult {
  scale: string;
  /** Known entities the extractor matched against: the graph's own, as ingestion reads them. */
  lexicon: number;
  /** extractArticle alone, in the runner's process, over the articles in turn. */
  extraction: { words: number; runs: number; seconds: number; wordsPerSecond: number };
  /** Each article ingested once into this scale's graph through our server. */
  ingests: ArticleIngest[];
}

interface Article {
  name: string;
  input: ArticleInput;
  words: number;
}

/**
 * The seed article and the hand-annotated evaluation articles, read as the evaluation reads them,
 * with their word counts as the extractor counts them (on the warm-up pass). The seed article is
 * measured for extraction only: its scale already holds it.
 */
function articles(lexicon: readonly KnownEntity[]): { extract: Article[]; ingest: Article[] } {
  const read = (dir: string): Article[] => {
    const { articles, skipped } = loadGold([dir]);
    if (skipped.length) throw new Error(`unreadable articles: ${JSON.stringify(skipped)}`);
    return articles.map((a) => {
      const input = articleInput(a);
      return { name: a.name, input, words: extractArticle(input, lexicon).stats.words };
    });
  };
  const evaluation = read(repoPath('eval', 'articles'));
  return { extract: [...read(repoPath('seed')), ...evaluation], ingest: evaluation };
}

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { loaded statements { id } }
}`;

/**
 * Extraction throughput (words per second, after one warm-up pass) against the lexicon of the
 * graph as loaded, then the end-to-end time of ingesting each evaluation article through our
 * server's `ingestArticle` mutation. Run after the questions: ingesting changes the graph.
 */
export async function measureIngestion(args: {
  scale: string;
  executor: Executor;
  oursUrl: string;
  seconds: number;
}): Promise<IngestionResult> {
  const lexicon = await knownEntities(args.executor);
  const { extract, ingest } = articles(lexicon);
  let words = 0;
  let runs = 0;
  const started = performance.now();
  while (performance.now() - started < args.seconds * 1000) {
    const a = extract[runs % extract.length]!;
    extractArticle(a.input, lexicon);
    words += a.words;
    runs++;
  }
  const seconds = (performance.now() - started) / 1000;

  const ingests: ArticleIngest[] = [];
  for (const a of ingest) {
    const t0 = performance.now();
    const res = await fetch(`${args.oursUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${INGEST_API_KEY}` },
      body: JSON.stringify({
        query: INGEST,
        variables: { input: a.input },
      }),
    });
    const body = (await res.json()) as {
      data?: { ingestArticle: { loaded: boolean; statements: unknown[] } };
      errors?: unknown[];
    };
    const ms = performance.now() - t0;
    if (!body.data) throw new Error(`ingesting ${a.name} failed: ${JSON.stringify(body.errors)}`);
    ingests.push({
      article: a.name,
      words: a.words,
      ms: Math.round(ms),
      statements: body.data.ingestArticle.statements.length,
      loaded: body.data.ingestArticle.loaded,
    });
  }
  return {
    scale: args.scale,
    lexicon: lexicon.length,
    extraction: {
      words,
      runs,
      seconds: Math.round(seconds * 100) / 100,
      wordsPerSecond: Math.round(words / seconds),
    },
    ingests,
  };
}
