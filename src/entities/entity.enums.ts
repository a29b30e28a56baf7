import { registerEnumType } from 'type-graphql';
import { Direction, EntityKind, RelationType } from './vocabulary';

/** The vocabularies of entities as GraphQL enums, with their meaning as descriptions. */
registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What kind of actor or thing an entity is.',
});
registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'How two entities are related, as a source asserted it.',
});
registerEnumType(Direction, {
  name: 'Direction',
  description:
    'OUT: the entity is the subject ("Turkey ALLY_OF Azerbaijan" seen from Turkey); IN: the object.',
});
