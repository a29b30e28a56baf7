import { splitSentences, sentenceAt } from '../text/sentences';
import { speakersOf, statementKey } from './document';
import type { ParsedSeed } from './parse';
import { pathToString, type SeedProblem } from './problems';

/**
 * Where in a file a reference is made, so that a missing target can be reported there. Only the
 * path: its line is found when a problem is reported, since finding lines means parsing the file
 * again with positions (parse.ts), and nearly every reference is satisfied.
 */
export interface RefSite {
  path: (string | number)[];
}

/** What a file needs from outside itself (first place each is used): found in other files or in the graph. */
export interface ExternalRefs {
  entities: Map<string, RefSite>;
  statements: Map<string, RefSite>;
}

/**
 * Checks what the schema cannot: that every piece of evidence is exactly where it says it is in
 * the article, that ids are unique, and which referenced entities and statements the file does not
 * define itself (the caller looks for those in other files and in the graph).
 */
export function checkSeed(seed: ParsedSeed): { problems: SeedProblem[]; external: ExternalRefs } {
  const { document: doc, text, file, locate } = seed;
  const problems: SeedProblem[] = [];
  const problem = (path: (string | number)[], message: string) =>
    problems.push({ file, ...locate(path), path: pathToString(path), message });

  const sentences = splitSentences(text);
  const defined = new Set<string>();
  doc.entities.forEach((e, i) => {
    if (defined.has(e.id)) problem(['entities', i, 'id'], `entity id "${e.id}" is defined twice`);
    defined.add(e.id);
  });

  const external: ExternalRefs = { entities: new Map(), statements: new Map() };
  const site = (path: (string | number)[]): RefSite => ({ path });
  const refer = (id: string, path: (string | number)[]) => {
    if (!defined.has(id) && !external.entities.has(id)) external.entities.set(id, site(path));
  };

  doc.relations.forEach((r, i) => {
    refer(r.from, ['relations', i, 'from']);
    refer(r.to, ['relations', i, 'to']);
    if (r.sentence !== undefined && r.sentence >= sentences.length) {
      problem(
        ['relations', i, 'sentence'],
        `sentence ${r.sentence} does not exist; the article has ${sentences.length} sentences (0-${sentences.length - 1})`,
      );
    }
  });

  const localIds = new Set<string>();
  doc.statements.forEach((s) => localIds.add(s.id));
  const seen = new Set<string>();
  doc.statements.forEach((s, i) => {
    const at = (...rest: (string | number)[]) => ['statements', i, ...rest];
    if (seen.has(s.id)) problem(at('id'), `statement id "${s.id}" is used twice`);
    seen.add(s.id);
    speakersOf(s).forEach((id) => refer(id, at('speaker')));
    s.about.forEach((a, j) => refer(a.entity, at('about', j, 'entity')));
    if (s.onBehalfOf) refer(s.onBehalfOf, at('onBehalfOf'));
    if (s.medium) refer(s.medium, at('medium'));

    const { start, end, sentence } = s.evidence;
    if (end <= start || end > text.length) {
      problem(
        at('evidence'),
        `evidence offsets ${start}-${end} are not a span of the article (length ${text.length})`,
      );
    } else if (text.slice(start, end) !== s.text) {
      problem(
        at('evidence', 'start'),
        `text does not match the article at ${start}-${end}: the article has ${JSON.stringify(text.slice(start, end))}` +
          hint(text, s.text),
      );
    } else {
      const actual = sentenceAt(sentences, start);
      if (actual !== sentence) {
        problem(
          at('evidence', 'sentence'),
          `evidence starts in sentence ${actual}, not ${sentence}`,
        );
      }
    }
    s.disputes.forEach((d, j) => {
      if (d.statement.includes('/')) {
        if (
          !d.statement.startsWith(`${doc.source.id}/`) ||
          !localIds.has(d.statement.split('/')[1]!)
        ) {
          if (!external.statements.has(d.statement))
            external.statements.set(d.statement, site(at('disputes', j, 'statement')));
        }
      } else if (!localIds.has(d.statement)) {
        problem(at('disputes', j, 'statement'), `no statement "${d.statement}" in this file`);
      }
      if (statementKey(doc.source.id, d.statement) === statementKey(doc.source.id, s.id)) {
        problem(at('disputes', j, 'statement'), 'a statement cannot dispute itself');
      }
    });
  });
  return { problems, external };
}

function hint(article: string, text: string): string {
  const found = article.indexOf(text);
  return found >= 0
    ? ` (the text is found at ${found}-${found + text.length})`
    : ' (the text is not in the article)';
}

/** Sentence bounds stored on the Source, so evidence can be shown without re-splitting. */
export function sentenceBounds(text: string): { starts: number[]; ends: number[] } {
  const spans = splitSentences(text);
  return { starts: spans.map((s) => s.start), ends: spans.map((s) => s.end) };
}

/** The text of the sentences an evidence span covers (a quote may run over several). */
export function evidenceSentences(
  text: string,
  bounds: { starts: number[]; ends: number[] },
  first: number,
  end: number,
): string {
  let last = first;
  while (last + 1 < bounds.starts.length && bounds.starts[last + 1]! < end) last++;
  return text.slice(bounds.starts[first], bounds.ends[last]);
}
