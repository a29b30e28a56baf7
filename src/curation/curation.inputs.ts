import { Field, ID, InputType, Int } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { EntityKind, RelationType } from '../entities/vocabulary';
import { AboutRole } from '../statements/vocabulary';
import { Stance } from '../statements/stance';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugMessage = {
  message:
    '$property must be a slug of lower-case letters, digits and dashes, e.g. "nikol-pashinyan"',
};

@InputType()
export class UpsertEntityInput {
  @Field(() => ID)
  @Matches(SLUG, slugMessage)
  @MaxLength(120)
  id!: string;

  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @ArrayMaxSize(50)
  @MaxLength(200, { each: true })
  @MinLength(1, { each: true, message: 'aliases must not be empty' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class AddRelationInput {
  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => ID, { description: 'Entity id.' })
  @MaxLength(120)
  from!: string;

  @Field(() => ID, { description: 'Entity id.' })
  @MaxLength(120)
  to!: string;

  @Field(() => String, { nullable: true, description: 'For HOLDS_OFFICE: the office.' })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The source asserting it (default: "curation").',
  })
  @IsOptional()
  @MaxLength(120)
  sourceId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  sentence?: number | null;
}

@InputType()
export class TargetInput {
  @Field(() => ID, { description: 'Entity id.' })
  @MaxLength(120)
  entity!: string;

  @Field(() => AboutRole, { nullable: true, defaultValue: AboutRole.TARGET })
  role!: AboutRole;
}

@InputType()
export class FiguresInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) killed?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) injured?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) civilians?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) forces?: number | null;
}

@InputType({
  description: 'A statement to add to an existing source. Its text must occur in the source text.',
})
export class AddStatementInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Local id within the source; derived from the content when absent, so a retry adds nothing.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,80}$/, { message: 'id must be letters, digits, _ or -' })
  id?: string | null;

  @Field(() => ID)
  @MaxLength(120)
  sourceId!: string;

  @Field(() => [ID], { description: 'Speaker entity ids; several for a joint statement.' })
  @ArrayMaxSize(10)
  speakers!: string[];

  @Field(() => [TargetInput])
  @ArrayMaxSize(50)
  about!: TargetInput[];

  @Field(() => Stance)
  stance!: Stance;

  @Field()
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(10000)
  text!: string;

  @Field()
  isQuote!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  cue?: string | null;

  @Field(() => DateResolver, { nullable: true })
  date?: Date | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  medium?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  onBehalfOf?: string | null;

  @Field(() => FiguresInput, { nullable: true })
  figures?: FiguresInput | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Offset of `text` in the source; found by search when absent.',
  })
  @IsOptional()
  @Min(0)
  start?: number | null;
}
