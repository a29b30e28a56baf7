import type { AboutRole } from '../../statements/vocabulary';
import type { Stance } from '../../statements/stance';
import type { EntityRegistry } from '../entities/registry';
import type { Token } from '../tokens';
import type { Side } from './side';
import type { Topic } from './topic';
import type { ContentView } from './view';

/** What target choice reads: the content, the speaker's side and what the report told before. */
export interface About {
  entity: string;
  role: AboutRole;
}

export interface TargetInput {
  view: ContentView;
  objects: readonly string[];
  stance: Stance;
  side: Side;
  speakers: readonly string[];
  registry: EntityRegistry;
  hasFigures: boolean;
  /** Attack events by place, with their date, and the last one told before this statement. */
  eventsAt: (place: string) => readonly { id: string; date?: string; sentence: number }[];
  recentEvent?: string;
  /** The sentence the statement is in. */
  sentence: number;
  /** The place a sentence opens with ("In the province of Daraa, the monitor said …"). */
  scene?: string;
  war?: string;
  date?: string;
  topic: Topic;
  /** Where the content starts in the text, and the words between the cue and it. */
  contentStart: number;
  between: readonly Token[];
  /** The words before the content in its sentence and the sentence before ("such acts"). */
  prior?: ContentView;
  /** Whom the speaker last confronted as a cue's object ("accused EULEX of …"). */
  confronted?: string;
  /** The report's other party, for the speaker's side. */
  adversary?: string;
  /** The state a label such as "the regime" means, for the speaker's side. */
  state?: string;
  /** The armed party the report names by a label ("rebels in Donetsk and Luhansk regions"). */
  labelledGroup?: string;
  /** Whose toll the content refers to unnamed ("disputed that toll"), if it refers to one. */
  tollGivers?: readonly string[];
}
