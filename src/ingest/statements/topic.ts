import { EntityKind } from '../../entities/vocabulary';
import type { Article } from '../article';
import type { EntityRegistry } from '../entities/registry';

/**
 * What the report is about, read from its lead (the headline and the first sentence of the
 * body), and the agreements it tells, in text order. A news report opens with its story: "Russia
 * on Monday suspended its participation in the grain deal" makes the deal the topic that later
 * bare remarks ("the safety guarantees would be withdrawn") are about, and Russia the agent of
 * what later sentences call "the decision" or "the move".
 */
export class Topic {
  /** The state or body that is the subject of the lead's first sentence, if one is. */
  readonly leadAgent: string | undefined;
  /** The first agreement the lead names. */
  readonly leadAgreement: string | undefined;
  private readonly agreementMentions: { end: number; id: string }[] = [];

  constructor(
    article: Article,
    registry: EntityRegistry,
    private readonly agreements: ReadonlySet<string>,
    private readonly talks: ReadonlySet<string> = new Set(),
  ) {
    for (const s of article.sentences)
      for (const m of s.mentions)
        if (agreements.has(m.id)) this.agreementMentions.push({ end: m.end, id: m.id });
    const body = article.sentences.find((s) => !s.headline);
    // The body's first sentence names the agreement in full; a headline abbreviates it.
    const lead = [
      ...(body ? [body] : []),
      ...article.sentences.filter((s) => s.index < (body?.index ?? 0)),
    ];
    this.leadAgreement = lead.flatMap((s) => s.mentions).find((m) => agreements.has(m.id))?.id;
    const subject = body?.mentions[0];
    const kind = subject && registry.get(subject.id)?.kind;
    // Only a subject that opens the sentence ("Russia on Monday …", "The army said …").
    if (
      subject &&
      subject.first <= 1 &&
      subject.role !== 'modifier' &&
      (kind === EntityKind.COUNTRY || kind === EntityKind.ORGANIZATION)
    )
      this.leadAgent = subject.countryOf ?? subject.id;
  }

  isAgreement(id: string): boolean {
    return this.agreements.has(id);
  }

  isAgreementOrTalks(id: string): boolean {
    return this.agreements.has(id) || this.talks.has(id);
  }

  /** The agreement named last before this offset: what "it" means after "implement". */
  agreementBefore(offset: number): string | undefined {
    let found: string | undefined;
    for (const a of this.agreementMentions) {
      if (a.end > offset) break;
      found = a.id;
    }
    return found;
  }
}
