import { EntityKind } from '../../entities/vocabulary';
import type { EntityRegistry } from '../entities/registry';

/**
 * The speaker's side: the speakers, the state or body they speak for, and that state's own
 * bodies. A claim about one's own side is not an accusation, and one's own forces are not what
 * a claim is about unless nothing else is.
 */
/** Office, body, state: deeper chains are not news' own. */
const MAX_DEPTH = 3;

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
      if (e?.office?.of) this.addBody(e.office.of);
      if (e?.partOf) this.addBody(e.partOf);
    }
  }

  /**
   * A body and the bodies it is part of: the spokesman of a foreign office speaks for the
   * office and for its state ("Pakistan's Foreign Office" is part of Pakistan).
   */
  private addBody(id: string): void {
    for (let at: string | undefined = id, n = 0; at && n < MAX_DEPTH; n++) {
      this.ids.add(at);
      at = this.registry.get(at)?.partOf;
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
