import type { CypherBuilder } from '../read/cypher/builder';
import { RELATION_TYPES } from '../entities/vocabulary';
import { AboutRole } from '../statements/vocabulary';
import type { ExportJob } from './job';
import { entityPages, statementPages, type PageRow } from './keyset';
import { distinct, linkedEntities, type Named } from './links.cypher';
import { xmlText } from './xml';

/**
 * The attributes of graph.graphml, declared as `<key>`s; a key's id is unique in the file, its
 * `attr.name` is the column Gephi and Cytoscape show. The names avoid the edge columns Gephi
 * keeps for itself (Source, Target, Type, Id). `label` is what Gephi shows on a node or an edge;
 * Cytoscape shows `name`.
 */
const KEYS = {
  node: ['label', 'name', 'kind'],
  edge: ['label', 'edgeKind', 'relationType', 'title', 'statementId', 'stance', 'date', 'sourceId'],
} as const;

type Attribute<F extends keyof typeof KEYS> = (typeof KEYS)[F][number];

const keyId = (element: keyof typeof KEYS, name: string) => `${element}_${name}`;

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${(['node', 'edge'] as const)
  .flatMap((f) =>
    KEYS[f].map(
      (name) => `  <key id="${keyId(f, name)}" for="${f}" attr.name="${name}" attr.type="string"/>`,
    ),
  )
  .join('\n')}
  <graph id="knowledge-graph" edgedefault="directed">
`;
const FOOTER = `  </graph>
</graphml>
`;

interface EntityRow {
  exportId: string;
  name: string | null;
  kind: string | null;
}

interface RelationsRow {
  exportId: string;
  relations: {
    type: string;
    to: string;
    sourceId: string | null;
    title: string | null;
  }[];
}

interface StatementEdgeRow extends PageRow {
  stance: string | null;
  sourceId: string | null;
  speakers: Named[];
  targets: Named[];
}

const entityProjection = (_c: CypherBuilder, e: string) => `${e}.name AS name, ${e}.kind AS kind`;

function relationsProjection(c: CypherBuilder, a: string): string {
  const [r, b] = c.variables('r', 'b');
  return `COLLECT { MATCH (${a})-[${r}]->(${b}:Entity) WHERE type(${r}) IN ${c.param(RELATION_TYPES)}
  WITH ${r}, ${b} ORDER BY type(${r}), ${b}.id, ${r}.sourceId
  RETURN {type: type(${r}), to: ${b}.id, sourceId: ${r}.sourceId, title: ${r}.title} } AS relations`;
}

const statementProjection = (c: CypherBuilder, s: string) =>
  `${s}.stance AS stance, ${s}.sourceId AS sourceId,
  ${linkedEntities(c, s, 'SAID_BY')} AS speakers,
  ${linkedEntities(c, s, 'ABOUT', AboutRole.TARGET)} AS targets`;

/**
 * graph.graphml: every entity as a node, every relation between entities as an edge, then one
 * edge from each speaker to each target of every statement the filters keep. Nodes and
 * relations are the whole graph whatever the filters, so that a filtered export still shows who
 * is allied with or part of whom; Gephi and Cytoscape can hide the nodes without statements.
 * Each of the three is read in keyset pages. An edge is written only between declared nodes: an
 * entity added while the export runs would otherwise leave an edge with an undeclared end, which
 * GraphML readers refuse; the ids declared are kept for that (one string per entity, not per
 * statement).
 */
export async function writeGraphml(job: ExportJob): Promise<number> {
  const { sink, executor } = job;
  await sink.write(HEADER);
  const declared = new Set<string>();
  let rows = 0;
  for await (const page of entityPages<EntityRow>(executor, entityProjection)) {
    for (const e of page) {
      declared.add(e.exportId);
      const name = e.name ?? e.exportId;
      await sink.write(
        `    <node id="${xmlText(e.exportId)}">${data('node', { label: name, name, kind: e.kind })}</node>\n`,
      );
      rows++;
    }
  }
  let edges = 0;
  for await (const page of entityPages<RelationsRow>(executor, relationsProjection)) {
    for (const { exportId: from, relations } of page) {
      for (const r of relations) {
        if (!declared.has(r.to)) continue;
        await sink.write(
          edge(`r${edges++}`, from, r.to, {
            label: r.type,
            edgeKind: 'relation',
            relationType: r.type,
            title: r.title,
            sourceId: r.sourceId,
          }),
        );
        rows++;
      }
    }
  }
  let statements = 0;
  const where = job.request.where;
  for await (const page of statementPages<StatementEdgeRow>(executor, where, statementProjection)) {
    for (const s of page) {
      for (const speaker of distinct(s.speakers)) {
        for (const target of distinct(s.targets)) {
          if (!declared.has(speaker.id) || !declared.has(target.id)) continue;
          await sink.write(
            edge(`s${edges++}`, speaker.id, target.id, {
              label: s.stance,
              edgeKind: 'statement',
              statementId: s.exportId,
              stance: s.stance,
              date: s.exportAt,
              sourceId: s.sourceId,
            }),
          );
          rows++;
        }
      }
    }
    statements += page.length;
    job.onProgress?.(statements);
  }
  await sink.write(FOOTER);
  return rows;
}

function edge(
  id: string,
  source: string,
  target: string,
  values: Partial<Record<Attribute<'edge'>, string | null>>,
): string {
  return `    <edge id="${id}" source="${xmlText(source)}" target="${xmlText(target)}">${data('edge', values)}</edge>\n`;
}

/** The `<data>` elements of the values given, those that are null left out. */
function data<F extends keyof typeof KEYS>(
  element: F,
  values: Partial<Record<Attribute<F>, string | null>>,
): string {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `<data key="${keyId(element, k)}">${xmlText(v as string)}</data>`)
    .join('');
}
