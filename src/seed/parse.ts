import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { load } from 'js-yaml';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import { seedDocumentSchema, type SeedDocument } from './document';
import { pathToString, type SeedProblem } from './problems';

/** A seed document read from disk (or given by a program), with the article text it refers to. */
export interface ParsedSeed {
  file: string;
  document: SeedDocument;
  text: string;
  /** Finds the line of a path in the file, for messages about the parsed document. */
  locate: (path: readonly PropertyKey[]) => { line?: number; column?: number };
}

export type ParseResult = { ok: true; seed: ParsedSeed } | { ok: false; problems: SeedProblem[] };

function locator(doc: Document | undefined, lines: LineCounter) {
  return (path: readonly PropertyKey[]) => {
    if (!doc) return {};
    // A missing key has no node of its own: point at the closest enclosing one.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return {};
  };
}

/**
 * Parses seed YAML text and checks it against the schema; reads `source.textFile` beside it.
 *
 * Two YAML parsers, for speed: js-yaml reads a document about 15 times faster than `yaml` (8 ms
 * against 140 ms for a generated file of 200 statements, which made parsing most of a bulk load's
 * time), but keeps no positions. `yaml` keeps them, so it parses a file again only when a message
 * needs a line: when js-yaml refuses the text, or when a problem found later is located. Both read
 * YAML 1.2 with the core schema (dates stay strings, duplicate keys are errors); parse.test.ts
 * checks that they agree on every seed file in the repository.
 */
export function parseSeedText(yamlText: string, file: string): ParseResult {
  let raw: unknown;
  try {
    raw = load(yamlText, { filename: file });
  } catch {
    return parseSeedTextWithPositions(yamlText, file);
  }
  let locate: ParsedSeed['locate'] | undefined;
  return parseSeedObject(raw, file, (path) => {
    if (!locate) {
      const lines = new LineCounter();
      locate = locator(parseDocument(yamlText, { lineCounter: lines }), lines);
    }
    return locate(path);
  });
}

/** The same with `yaml` alone, whose errors say where they are. */
export function parseSeedTextWithPositions(yamlText: string, file: string): ParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return {
          file,
          line: pos.line,
          column: pos.col,
          message: `invalid YAML: ${e.message.split('\n')[0]}`,
        };
      }),
    };
  }
  return parseSeedObject(doc.toJS(), file, locator(doc, lines));
}

export function parseSeedObject(
  raw: unknown,
  file: string,
  locate: ParsedSeed['locate'] = () => ({}),
): ParseResult {
  const parsed = seedDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        file,
        ...locate(issue.path),
        path: pathToString(issue.path),
        message: describeIssue(issue, raw),
      })),
    };
  }
  const document = parsed.data;
  let text = document.source.text;
  if (text === undefined) {
    if (!document.source.textFile) {
      return {
        ok: false,
        problems: [
          { file, ...locate(['source']), path: 'source', message: 'expected `text` or `textFile`' },
        ],
      };
    }
    const textPath = resolve(dirname(file), document.source.textFile);
    try {
      text = readFileSync(textPath, 'utf8');
    } catch {
      return {
        ok: false,
        problems: [
          {
            file,
            ...locate(['source', 'textFile']),
            path: 'source.textFile',
            message: `cannot read the article text at ${textPath}`,
          },
        ],
      };
    }
  }
  return { ok: true, seed: { file, document, text, locate } };
}

export function readSeedFile(file: string): ParseResult {
  let yamlText: string;
  try {
    yamlText = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      problems: [{ file, message: `cannot read file: ${(error as Error).message}` }],
    };
  }
  return parseSeedText(yamlText, file);
}

function describeIssue(issue: { message: string; path: PropertyKey[] }, raw: unknown): string {
  let value: unknown = raw;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  if (value === undefined && issue.path.length > 0) {
    return `missing required field \`${String(issue.path.at(-1))}\``;
  }
  return `${issue.message} (got ${JSON.stringify(value)?.slice(0, 80)})`;
}
