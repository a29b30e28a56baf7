import type { Stance } from '../../statements/stance';
import type { CueFrame } from '../lexicon/cues';
import type { Content } from './content';

/**
 * A statement as attribution finds it: who (with where the text names them), the cue and its
 * stance, and the content. Stance refinement, targets, figures and dates come later.
 */
export interface RawStatement {
  speakers: string[];
  speakerStart: number;
  speakerEnd: number;
  cue: string;
  /** Offset just past the cue, for the date said right after it ("said on Tuesday"). */
  cueEnd: number;
  stance: Stance;
  frame: CueFrame | 'according' | 'continued';
  content: Content;
  sentence: number;
  confidence: number;
}
