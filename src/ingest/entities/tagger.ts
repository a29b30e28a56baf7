import nlp from 'compromise';

/**
 * Part-of-speech and name tags from compromise, for deciding what an unknown capitalized name is.
 * compromise is the slowest phase by far (a few microseconds a character), so it only sees the
 * sentences that hold such a name, and only up to a character budget per article: past it, names
 * are classified by context alone and the extraction says so in its warnings.
 */
export const DEFAULT_TAGGER_BUDGET = 400_000;

export class Tagger {
  private used = 0;
  exhausted = false;

  constructor(private readonly budget = DEFAULT_TAGGER_BUDGET) {}

  /** Tags of each term of `text`, keyed by the term's start offset plus `base`. */
  tag(text: string, base: number): Map<number, Set<string>> | undefined {
    if (this.used + text.length > this.budget) {
      this.exhausted = true;
      return undefined;
    }
    this.used += text.length;
    const tags = new Map<number, Set<string>>();
    const sentences = nlp(text).json({ offset: true }) as {
      terms: { offset: { start: number }; tags: string[] }[];
    }[];
    for (const s of sentences)
      for (const t of s.terms) tags.set(base + t.offset.start, new Set(t.tags));
    return tags;
  }
}
