import { EntityKind } from '../../entities/vocabulary';
import type { EntityRegistry } from '../entities/registry';

/**
 * The speaker's side: the speakers, the state or body they speak for, and that state's own
 * bodies. A claim about one's own side is not an accusation, and one's own forces are not what
 * a claim is about unless nothing else is.
 */
export class Side {
  private readonly ids = new Set<string>();
  private readonly speakers: ReadonlySet<string>;

  constructor(
    private readonly registry: EntityRegistry,
    speakers: readonly string[],
  ) {
    this.speakers = new Set(speakers);
    for (const id of speakers) {
      this.ids.add(id);
      const e = registry.get(id);
      if (e?.office?.of) this.ids.add(e.office.of);
      if (e?.partOf) this.ids.add(e.partOf);
    }
  }

  /** The state or body a person speaks for ("onBehalfOf"), when the speaker is a person. */
  get onBehalfOf(): string | undefined {
    for (const id of this.ids) {
      if (this.speakers.has(id)) continue;
      const kind = this.registry.get(id)?.kind;
      if (kind === EntityKind.COUNTRY || kind === EntityKind.ORGANIZATION) return id;
    }
    return undefined;
  }

  isSpeaker(id: string): boolean {
    return this.speakers.has(id);
  }

  has(id: string): boolean {
    if (this.ids.has(id)) return true;
    const e = this.registry.get(id);
    return (
      !!e &&
      ((e.partOf !== undefined && this.ids.has(e.partOf)) ||
        (e.office?.of !== undefined && this.ids.has(e.office.of)))
    );
  }

  /** What "we" means in the speaker's mouth: the state or body, else the speaker. */
  get home(): string | undefined {
    return this.onBehalfOf ?? [...this.speakers][0];
  }
}
