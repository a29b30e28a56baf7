import { EntityKind } from '../../entities/vocabulary';
import type { Article } from '../article';
import { placeDescription } from './mention';
import type { EntityRegistry } from './registry';

/**
 * Definite descriptions of a body named before: "the army", "the ministry", "the government".
 * Each is the latest entity mentioned whose name has that head ("the army" → "Sudanese Armed
 * Forces"), so that "the army’s air strikes" can be read as that body acting.
 */
const HEADS: Readonly<Record<string, RegExp>> = {
  army: /\b(armed forces|army|military)\b/i,
  military: /\b(armed forces|army|military)\b/i,
  ministry: /\bministry\b/i,
  government: /\bgovernment\b/i,
  police: /\bpolice\b/i,
  navy: /\bnavy\b/i,
  kremlin: /\bkremlin\b/i,
  // "the group": any body named before, which is not a state's own ("armed members of the group").
  group: /./,
};

export function resolveDescriptions(article: Article, registry: EntityRegistry): void {
  const recent: string[] = [];
  for (const s of article.sentences) {
    const { tokens } = s;
    for (let i = 1; i < tokens.length; i++) {
      const pattern = HEADS[tokens[i]!.key];
      if (
        !pattern ||
        tokens[i - 1]!.key !== 'the' ||
        s.mentions.some((m) => m.first <= i && i < m.last)
      )
        continue;
      const earlier = [...recent, ...s.mentions.filter((m) => m.last <= i).map((m) => m.id)];
      const id = earlier.reverse().find((e) => {
        const entity = registry.get(e);
        return (
          entity?.kind === EntityKind.ORGANIZATION &&
          (tokens[i]!.key !== 'group' || entity.partOf === undefined) &&
          [entity.name, ...entity.aliases].some((n) => pattern.test(n))
        );
      });
      if (id) placeDescription(s.mentions, tokens, i, id);
    }
    for (const m of s.mentions) recent.push(m.id);
    if (recent.length > 100) recent.splice(0, 50);
  }
}
