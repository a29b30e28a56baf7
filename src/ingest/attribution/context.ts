import type { EntityRegistry } from '../entities/registry';
import type { Discourse } from './discourse';

/** What attribution reads with: the text, the entities found, and the discourse so far. */
export interface AttributionContext {
  text: string;
  registry: EntityRegistry;
  discourse: Discourse;
  warnings: string[];
  /** The report's parties by how often it names them, for "both sides said". */
  parties?: { top(n: number): string[] };
  /** Speakers of the latest statement, for "the statement said". */
  lastSpeakers?: () => readonly string[] | undefined;
}
