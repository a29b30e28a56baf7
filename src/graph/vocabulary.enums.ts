import { registerEnumType } from 'type-graphql';
import { AboutRole, DisputeKind, EntityKind, RelationType } from './vocabulary';
import { CAMEO, Stance } from '../statements/stance';

/** Registers the closed vocabularies as GraphQL enums, with their meaning as descriptions. */
registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What kind of actor or thing an entity is.',
});
registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'How two entities are related, as a source asserted it.',
});
registerEnumType(DisputeKind, { name: 'DisputeKind', description: 'Why two statements disagree.' });
registerEnumType(AboutRole, {
  name: 'AboutRole',
  description: 'Whether an entity is the target of a statement or only mentioned in it.',
});
registerEnumType(Stance, {
  name: 'Stance',
  description:
    'The speech act of a statement, grounded in CAMEO verbal event codes (see `cameo` on Statement).',
  valuesConfig: Object.fromEntries(
    Object.entries(CAMEO).map(([stance, c]) => [
      stance,
      { description: `CAMEO ${c.code}: ${c.label}` },
    ]),
  ),
});
