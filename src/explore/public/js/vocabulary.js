/*
 * Every enum value of the schema that the page names, with how it is drawn: the one file a change
 * of the schema's enum values touches.
 */

// Shapes as well as colours, so kinds stay apart for readers who do not see the colours. The label
// is what the reader sees, so it need not follow the enum value's spelling.
export const KINDS = {
  COUNTRY: { label: 'Country', color: '#0072b2', shape: 'round-rectangle' },
  LEADER: { label: 'Leader', color: '#e69f00', shape: 'ellipse' },
  PERSON: { label: 'Person', color: '#cc79a7', shape: 'diamond' },
  ORGANIZATION: { label: 'Organization', color: '#009e73', shape: 'hexagon' },
  CITY: { label: 'City', color: '#56b4e9', shape: 'triangle' },
  REGION: { label: 'Region', color: '#a6761d', shape: 'pentagon' },
  EVENT: { label: 'Event', color: '#d55e00', shape: 'star' },
  WEAPON_SYSTEM: { label: 'Weapon system', color: '#666666', shape: 'octagon' },
};

// Hostile speech acts in reds, denial in purple, support in greens, plain statements in blue-greys.
export const STANCES = {
  ACCUSE: '#d62728',
  CRITICIZE: '#e8743b',
  THREATEN: '#8b0000',
  DEMAND: '#b8860b',
  REJECT: '#c2185b',
  WARN: '#f0a30a',
  DENY: '#7b3fb5',
  SUPPORT: '#2ca02c',
  PRAISE: '#00a087',
  PROMISE: '#7cb342',
  APPEAL: '#17becf',
  CLAIM: '#1f77b4',
  REPORT: '#7f7f7f',
  ACKNOWLEDGE: '#4a6fa5',
  OTHER: '#b0b0b0',
};

/** How the timeline groups statements in time (TimeBucket), and the one bucket of the matrix. */
export const BUCKETS = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };
export const DEFAULT_BUCKET = 'MONTH';
export const ALL_TIME = 'ALL';

/** The timeline's two rows (TimelineDirection's BY and ABOUT), as their labels begin. */
export const DIRECTIONS = { BY: 'By', ABOUT: 'About' };
export const BOTH_DIRECTIONS = 'BOTH';

/** The roles an entity plays in a statement (the schema's AboutRole). */
export const ROLE = { TARGET: 'TARGET', MENTIONED: 'MENTIONED' };

/** A dispute link's direction (DisputeDirection) when this statement is the one that disputes. */
export const DISPUTES = 'DISPUTES';

export const DISPUTE_COLOR = '#e00000';

export const kindColor = (kind) => (KINDS[kind] ? KINDS[kind].color : '#999999');
export const kindLabel = (kind) => (KINDS[kind] ? KINDS[kind].label : kind);
export const stanceColor = (stance) => STANCES[stance] || STANCES.OTHER;
export const stanceLabel = (stance) => stance.toLowerCase();
export const disputeKind = (kind) => kind.toLowerCase().replace('_', ' ');

// The graph's stylesheet and the legend know the roles by these class names, so a renamed enum
// value changes no selector.
export const roleClass = (role) => (role === ROLE.MENTIONED ? 'mentioned' : 'target');
