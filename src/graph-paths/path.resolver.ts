import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { fieldsOf, pathStatementParts, selectionOf } from '../statements/statement.parts';
import { readsEntityDetail } from '../graph/entity.row';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { RequestContext } from '../requests/context';
import { BadUserInputError, NotFoundError } from '../errors/errors';
import type { EntityRow } from '../graph/entity.row';
import type { StatementRow } from '../statements/statement.row';
import { MAX_HOPS, PathRepository } from './path.repository';
import { Path } from './path.type';
import { memoOnField } from '../requests/field-memo';

@Resolver()
export class PathResolver {
  @Query(() => [Path], {
    description: 'The shortest ways two entities are connected, through statements and relations.',
  })
  async path(
    @Arg('from', { description: 'Entity id, name or alias.' }) from: string,
    @Arg('to', { description: 'Entity id, name or alias.' }) to: string,
    @Ctx() ctx: RequestContext,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4 }) maxHops: number,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5 }) first: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Path[]> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
      throw new BadUserInputError(`"maxHops" must be from 1 to ${MAX_HOPS}; got ${maxHops}`, {
        argument: 'maxHops',
      });
    }
    if (!Number.isInteger(first) || first < 1 || first > 20) {
      throw new BadUserInputError(`"first" must be from 1 to 20; got ${first}`, {
        argument: 'first',
      });
    }
    checkRef(from, 'from');
    checkRef(to, 'to');
    const reads = memoOnField(info, ctx.config, false, () => {
      const selection = selectionOf(info);
      return { parts: pathStatementParts(selection), entityDetail: asksEntityDetail(selection) };
    });
    const found = await new PathRepository(ctx.executor).shortestPaths(
      from,
      to,
      maxHops,
      first,
      reads.parts,
      reads.entityDetail,
    );
    const a = found.from;
    const b = found.to;
    if (!a) throw new NotFoundError(`no entity matches "${from}"`, { argument: 'from' });
    if (!b) throw new NotFoundError(`no entity matches "${to}"`, { argument: 'to' });
    if (a.id === b.id) return [{ length: 0, nodes: [a], edges: [], summary: a.name }];
    const statements = found.statements;
    return found.paths.map((row) => {
      const nodes = row.nodes.map((n) =>
        'entity' in n ? n.entity : (statements.get(n.statementId) as StatementRow),
      );
      return {
        length: row.edges.length,
        nodes,
        edges: row.edges,
        summary: describe(nodes, row.edges),
      };
    });
  }
}

/** True when a path's entity nodes are asked for more than id, kind and name. */
function asksEntityDetail(path: ResolveTree | null): boolean {
  if (!path) return true;
  return fieldsOf(path, 'Path', 'nodes').some((nodes) => readsEntityDetail(nodes, ['Statement']));
}

function checkRef(ref: string, argument: string): void {
  if (ref.trim() === '' || ref.length > 200) {
    throw new BadUserInputError(`"${argument}" must name an entity (1 to 200 characters)`, {
      argument,
    });
  }
}

function describe(
  nodes: (EntityRow | StatementRow)[],
  edges: { type: string; from: string; to: string }[],
): string {
  const label = (n: EntityRow | StatementRow) =>
    'stance' in n ? `[${n.stance} statement]` : n.name;
  let out = label(nodes[0]!);
  edges.forEach((e, i) => {
    const prev = nodes[i]!;
    const forward = e.from === prev.id;
    out += forward ? ` -${e.type}-> ` : ` <-${e.type}- `;
    out += label(nodes[i + 1]!);
  });
  return out;
}
