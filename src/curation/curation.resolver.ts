import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RequestContext } from '../requests/context';
import { EntityInterface } from '../graph/entity.type';
import type { EntityRow } from '../graph/entity.row';
import { Relation, toRelation } from '../graph/relation.type';
import { Statement } from '../statements/statement.type';
import type { StatementRow } from '../statements/statement.row';
import { NotFoundError } from '../errors/errors';
import { CurationService } from './curation.service';
import { UpsertEntityInput, AddRelationInput, AddStatementInput } from './curation.inputs';

@ObjectType({ simpleResolvers: true })
class RemoveStatementPayload {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'False when there was no such statement (removing twice is harmless).' })
  removed!: boolean;
}

/** Mutations for clients that curate the graph; each needs an API key and runs in one transaction. */
@Resolver()
export class CurationResolver {
  @Authorized()
  @Mutation(() => EntityInterface, {
    description: 'Creates or updates an entity; aliases accumulate.',
  })
  async upsertEntity(
    @Arg('input', () => UpsertEntityInput, { validate: true }) input: UpsertEntityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EntityRow> {
    await new CurationService(ctx.executor).upsertEntity(input);
    return (await ctx.repos.entities.byIds([input.id])).get(input.id)!;
  }

  @Authorized()
  @Mutation(() => Relation, {
    description: 'Adds a relation between two existing entities (idempotent).',
  })
  async addRelation(
    @Arg('input', () => AddRelationInput, { validate: true }) input: AddRelationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Relation> {
    await new CurationService(ctx.executor).addRelation(input);
    const found = await ctx.repos.entities.byIds([input.from, input.to]);
    const self = found.get(input.from)!;
    const rows = (await ctx.repos.entities.relations([input.from])).get(input.from) ?? [];
    const row = rows.find(
      (r) => r.type === input.type && r.direction === 'OUT' && r.other.id === input.to,
    )!;
    return toRelation({ ...row, self });
  }

  @Authorized()
  @Mutation(() => Statement, {
    description:
      'Adds a statement to a stored source; retrying with the same content adds nothing.',
  })
  async addStatement(
    @Arg('input', () => AddStatementInput, { validate: true }) input: AddStatementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StatementRow> {
    const source = await ctx.loaders.source.load(input.sourceId);
    const id = await new CurationService(ctx.executor).addStatement(input, source);
    const stored = (await ctx.repos.statements.byIds([id])).get(id);
    if (!stored) throw new NotFoundError(`statement ${id} was not stored`);
    return stored;
  }

  @Authorized()
  @Mutation(() => RemoveStatementPayload, { description: 'Removes a statement and its links.' })
  async removeStatement(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<RemoveStatementPayload> {
    return { id, removed: await new CurationService(ctx.executor).removeStatement(id) };
  }
}
