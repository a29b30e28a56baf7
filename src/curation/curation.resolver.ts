import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Info,
  Mutation,
  ObjectType,
  Resolver,
} from 'type-graphql';
import { EntityInterface } from '../entities/entity.type';
import { Relation } from '../entities/relation.type';
import { NotFoundError } from '../errors/errors';
import type { RequestContext } from '../http/context';
import { answerFrom } from '../read/answer';
import { planEntityRoot, planRelationRoot, planStatementRoot } from '../read/plan/root.plan';
import { read } from '../read/read';
import { selectionOf } from '../read/selection';
import { Statement } from '../statements/statement.type';
import { CurationService, CURATION_SOURCE } from './curation.service';
import { AddRelationInput, AddStatementInput, UpsertEntityInput } from './curation.inputs';

@ObjectType()
class RemoveStatementPayload {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'False when there was no such statement (removing twice is harmless).' })
  removed!: boolean;
}

/**
 * Mutations for clients that curate the graph; each needs an API key and writes in one
 * transaction. What they answer is read back through the read layer, as any query would be, so
 * the client may ask anything of it.
 */
@Resolver()
export class CurationResolver {
  @Authorized()
  @Mutation(() => EntityInterface, {
    description: 'Creates or updates an entity; aliases accumulate.',
  })
  async upsertEntity(
    @Arg('input', () => UpsertEntityInput, { validate: true }) input: UpsertEntityInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    await new CurationService(ctx.executor).upsertEntity(input);
    return read(ctx, planEntityRoot({ id: input.id }, selectionOf(info), ctx.limits));
  }

  @Authorized()
  @Mutation(() => Relation, {
    description: 'Adds a relation between two existing entities (idempotent).',
  })
  async addRelation(
    @Arg('input', () => AddRelationInput, { validate: true }) input: AddRelationInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    await new CurationService(ctx.executor).addRelation(input);
    const relation = {
      type: input.type,
      from: input.from,
      to: input.to,
      sourceId: input.sourceId ?? CURATION_SOURCE,
    };
    return read(ctx, planRelationRoot(relation, selectionOf(info), ctx.limits));
  }

  @Authorized()
  @Mutation(() => Statement, {
    description:
      'Adds a statement to a stored source; retrying with the same content adds nothing.',
  })
  async addStatement(
    @Arg('input', () => AddStatementInput, { validate: true }) input: AddStatementInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const id = await new CurationService(ctx.executor).addStatement(input);
    const stored = await read(ctx, planStatementRoot(id, selectionOf(info), ctx.limits));
    if (!stored) throw new NotFoundError(`statement ${id} was not stored`);
    return stored;
  }

  @Authorized()
  @Mutation(() => RemoveStatementPayload, { description: 'Removes a statement and its links.' })
  async removeStatement(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const removed = await new CurationService(ctx.executor).removeStatement(id);
    return answerFrom({ id, removed }, info);
  }
}
