import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Executor } from '../../src/db/executor';
import { extractArticle, type ArticleInput } from '../../src/ingest/extract';
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

interface Article extends ArticleInput {
  name: string;
  words: number;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * The seed article and the hand-annotated evaluation articles, with the publication dates their
 * file names carry. The seed article is measured for extraction only: its scale already holds it.
 */
function articles(): { extract: Article[]; ingest: Article[] } {
  const read = (path: string): Article => {
    const text = readFileSync(path, 'utf8');
    const name = basename(path, '.txt');
    return {
      name,
      text,
      title: name,
      publishedAt: /(\d{4}-\d{2}-\d{2})$/.exec(name)?.[1],
      words: wordCount(text),
    };
  };
  const evalDir = repoPath('eval', 'articles');
  const evaluation = readdirSync(evalDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => read(`${evalDir}/${f}`));
  const seedDir = repoPath('seed');
  const seed = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => read(`${seedDir}/${f}`));
  return { extract: [...seed, ...evaluation], ingest: evaluation };
}

const INGEST = `mutation ($input: ArticleInputType!) {
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
  const { extract, ingest } = articles();
  const lexicon = await knownEntities(args.executor);
  for (const a of extract) extractArticle(a, lexicon);
  let words = 0;
  let runs = 0;
  const started = performance.now();
  while (performance.now() - started < args.seconds * 1000) {
    const a = extract[runs % extract.length]!;
    extractArticle(a, lexicon);
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
        variables: { input: { text: a.text, title: a.title, publishedAt: a.publishedAt } },
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
