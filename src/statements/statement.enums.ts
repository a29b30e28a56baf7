import { registerEnumType } from 'type-graphql';
import { CAMEO, Stance } from './stance';
import { AboutRole, DisputeKind } from './vocabulary';

/** The vocabularies of statements as GraphQL enums, with their meaning as descriptions. */
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
