import { EntityKind } from '../../entities/vocabulary';
import type { EntityRegistry } from '../entities/registry';

/**
 * What the reader remembers while reading: who was named last, who spoke last, and in which
 * sentence. Pronouns and definite descriptions ("he", "It", "the ministry", "the president")
 * are resolved against it. A pronoun looks back at most three sentences: news repeats the name
 * when the speaker changes.
 */
interface Seen {
  id: string;
  sentence: number;
  speaker: boolean;
  subject: boolean;
}

const PERSON_KINDS = new Set([EntityKind.LEADER, EntityKind.PERSON]);
const BODY_KINDS = new Set([EntityKind.ORGANIZATION, EntityKind.COUNTRY]);
const LOOK_BACK = 3;

export class Discourse {
  private readonly seen: Seen[] = [];
  lastCity: string | undefined;
  /** Who was last said to speak "in a statement": what a later "the statement" stands for. */
  issuer: readonly string[] | undefined;

  constructor(private readonly registry: EntityRegistry) {}

  mention(id: string, sentence: number, subject: boolean): void {
    this.seen.push({ id, sentence, speaker: false, subject });
    if (this.seen.length > 200) this.seen.splice(0, 100);
    if (this.registry.get(id)?.kind === EntityKind.CITY) this.lastCity = id;
  }

  spoke(ids: readonly string[], sentence: number): void {
    for (const id of ids) this.seen.push({ id, sentence, speaker: true, subject: true });
  }

  /** Whether `id` spoke in this sentence or the one before: "…, it added" continues it. */
  spokeJustBefore(id: string, sentence: number): boolean {
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!;
      if (s.sentence < sentence - 1) return false;
      if (s.speaker && s.id === id) return true;
    }
    return false;
  }

  private kindOf(id: string): EntityKind | undefined {
    return this.registry.get(id)?.kind;
  }

  /**
   * The entity a subject pronoun stands for: the latest speaker or sentence subject of the right
   * kind, else the latest mention of that kind.
   */
  pronoun(word: string, sentence: number, exclude: readonly string[] = []): string | undefined {
    const kinds = word === 'he' || word === 'she' ? PERSON_KINDS : BODY_KINDS;
    const fits = (s: Seen): boolean =>
      s.sentence >= sentence - LOOK_BACK &&
      !exclude.includes(s.id) &&
      kinds.has(this.kindOf(s.id)!);
    // "…, said the statement. The force is not involved, it added.": a pronoun right after a
    // statement is its speaker, not a place or party the statement named.
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!;
      if (s.sentence < sentence - 1) break;
      if (fits(s) && s.speaker) return s.id;
    }
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!;
      if (fits(s) && (s.speaker || s.subject)) return s.id;
    }
    for (let i = this.seen.length - 1; i >= 0; i--)
      if (fits(this.seen[i]!)) return this.seen[i]!.id;
    return undefined;
  }

  /** "him", "her": the latest person who is not the speaker. */
  objectPronoun(sentence: number, exclude: readonly string[]): string | undefined {
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!;
      if (s.sentence < sentence - LOOK_BACK) break;
      if (!exclude.includes(s.id) && PERSON_KINDS.has(this.kindOf(s.id)!)) return s.id;
    }
    return undefined;
  }

  /** "the ministries": the latest distinct bodies with that head word, up to three, nearby. */
  descriptions(head: string, sentence: number): string[] {
    const ids: string[] = [];
    const pattern = new RegExp(`\\b${head}\\b`);
    for (let i = this.seen.length - 1; i >= 0 && ids.length < 3; i--) {
      const seen = this.seen[i]!;
      if (seen.sentence < sentence - LOOK_BACK) break;
      const e = this.registry.get(seen.id);
      if (!e || ids.includes(e.id)) continue;
      if ([e.name, ...e.aliases].some((n) => pattern.test(n.toLowerCase()))) ids.push(e.id);
    }
    return ids.reverse();
  }

  /**
   * "the ministry", "the army", "the president": the latest entity whose name or office has that
   * head word, looking back over the whole article (a description is more specific than "it").
   */
  description(head: string): string | undefined {
    const words =
      head === 'army' || head === 'military' ? ['armed forces', 'army', 'military'] : [head];
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const e = this.registry.get(this.seen[i]!.id);
      if (!e) continue;
      const names = [e.name, ...e.aliases, e.office?.title ?? ''].map((n) => n.toLowerCase());
      if (words.some((w) => names.some((n) => new RegExp(`\\b${w}\\b`).test(n)))) return e.id;
    }
    return undefined;
  }
}
