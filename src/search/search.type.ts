import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { EntityInterface } from '../entities/entity.type';
import { Statement } from '../statements/statement.type';

export enum SearchHitKind {
  ENTITY = 'ENTITY',
  STATEMENT = 'STATEMENT',
}
registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

@ObjectType({
  description:
    'A full-text match: an entity (by name, alias or description) or a statement (by text).',
})
export class SearchHit {
  @Field(() => SearchHitKind)
  kind!: SearchHitKind;

  @Field(() => Float, { description: 'Lucene relevance score; higher is better.' })
  score!: number;

  @Field(() => EntityInterface, { nullable: true })
  entity!: EntityInterface | null;

  @Field(() => Statement, { nullable: true })
  statement!: Statement | null;
}
