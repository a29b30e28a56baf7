import { readdirSync, existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { readSeedFile } from '../../seed/parse';
import type { SeedDocument } from '../../seed/document';
import type { ArticleInput } from '../extract';

/** An annotated article: its curated extraction (the gold standard) and its text. */
export interface GoldArticle {
  name: string;
  file: string;
  document: SeedDocument;
  text: string;
}

export interface GoldLoad {
  articles: GoldArticle[];
  /** Files that could not be read or are not valid seed documents, with why. */
  skipped: { file: string; reason: string }[];
}

/** The article as ingestion is given it: its text and what its curated source says of it. */
export function articleInput(article: GoldArticle): ArticleInput {
  const { source } = article.document;
  return {
    text: article.text,
    title: source.title,
    publishedAt: source.publishedAt,
    ...(source.outlet ? { outlet: source.outlet } : {}),
    ...(source.url ? { url: source.url } : {}),
  };
}

/** Reads every `*.yaml` of the given directories (or single files) as annotated articles. */
export function loadGold(paths: readonly string[]): GoldLoad {
  const articles: GoldArticle[] = [];
  const skipped: GoldLoad['skipped'] = [];
  for (const path of paths) {
    const full = resolve(path);
    if (!existsSync(full)) {
      skipped.push({ file: full, reason: 'no such file or directory' });
      continue;
    }
    const files =
      extname(full) === '.yaml'
        ? [full]
        : readdirSync(full)
            .filter((f) => f.endsWith('.yaml'))
            .sort()
            .map((f) => join(full, f));
    for (const file of files) {
      const parsed = readSeedFile(file);
      if (!parsed.ok) {
        skipped.push({
          file,
          reason: parsed.problems
            .map((p) => p.message)
            .slice(0, 2)
            .join('; '),
        });
        continue;
      }
      articles.push({
        name: basename(file, '.yaml'),
        file,
        document: parsed.seed.document,
        text: parsed.seed.text,
      });
    }
  }
  return { articles, skipped };
}
