import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { EntityInterface } from '../graph/entity.type';
import type { EntityRow } from '../graph/entity.row';
import { Statement } from '../statements/statement.type';
import type { StatementRow } from '../statements/statement.row';

export enum SearchHitKind {
  ENTITY = 'ENTITY',
  STATEMENT = 'STATEMENT',
}
registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

@ObjectType({
  simpleResolvers: true,
  description:
    'A full-text match: an entity (by name, alias or description) or a statement (by text).',
})
export class SearchHit {
  @Field(() => SearchHitKind)
  kind!: SearchHitKind;

  @Field(() => Float, { description: 'Lucene relevance score; higher is better.' })
  score!: number;

  @Field(() => EntityInterface, { nullable: true })
  entity!: EntityRow | null;

  @Field(() => Statement, { nullable: true })
  statement!: StatementRow | null;
}
