import { ATTACK_MODIFIERS, ATTACK_NOUNS } from './words';

/**
 * Words that refine the stance of a statement made with a neutral cue ("said", "told"): what
 * the content says decides whether it denies, accuses, supports, threatens, promises, demands,
 * rejects, criticizes, praises, warns or reports (see statements/stance-rules.ts).
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Auxiliaries and adverbs between an agent and its verb: "had deliberately targeted". */
export const BETWEEN_AGENT_AND_VERB = set(`
  had has have was were is are also again repeatedly deliberately intentionally systematically
  indiscriminately continued continues to reportedly now still then had would will
`);
/** Auxiliaries of the passive: "were killed" names no agent. */
export const PASSIVE = set(`
  been being was were is are be
`);
/** An agent is a clause's subject, never the object of a preposition ("as a result of Azeri fire"). */
export const PREPOSITIONS = set(`
  of by against on in at to for with from into over near
`);
/** First person: the speaker's own side. */
export const SELF = set(`
  we i our us my
`);
/** Commitment and the future: with one's own side as subject, a promise. */
export const FUTURE = set(`
  will shall 'll would ready committed commitment determined prepared pledge vow intend going
`);
/** Responses that, in the future and from one's own side, make a threat. */
export const RESPONSE = set(`
  respond punish destroy crush avenge strike hit response reply price
`);
/** Words that make a threat on their own: "a befitting reply", "sanctions remain on the table". */
export const THREAT_WORDS = set(`
  retaliate retaliation befitting accountable sanctions consequences
`);
/** Demands made in the first person: "we once again request". */
export const DEMAND = set(`
  request requests demand demands insist
`);
export const REJECT = set(`
  objection objections refuse refused refuses reject rejects rejected unacceptable
`);
export const CRITICIZE = set(`
  regret regretted regrets deplore deplored deplorable condemn condemned outrageous shameful
  unconscionable irresponsible protest protests reckless disappointed disappointing criticised
  criticized appalling condemns condemning shame liars hypocrisy hypocritical horrified
  horrifying irresponsibility manipulation disgraceful
`);
export const PRAISE = set(`
  courage valour valor bravery heroism heroic welcome welcomed welcomes commend praise grateful
  thank historic milestone
`);
export const WARN = set(`
  risk risks danger dangerous catastrophe catastrophic disaster escalation spiral famine dire
`);
/** Nouns between an agent and a hostile verb: "the army’s air strikes had killed". */
export const AGENT_NOUNS: ReadonlySet<string> = new Set([
  ...ATTACK_NOUNS,
  ...ATTACK_MODIFIERS,
  ...set(`
  forces troops army soldiers military drones jets artillery fire missiles rockets special
  services militias fighters rebels militants warplanes
`),
]);

/** Charges that accuse whoever they are laid against: "weaponising food", "genocide". */
export const CRIMES =
  /\b(weaponi[sz]\w*|genocide|war crimes?|aggression|provocations?|ethnic cleansing|terrori\w*|atrocities|massacres?|as a weapon|occupation)\b/;
/** Words that deny: "not linked", "baseless". */
export const DENIAL =
  /\b(not (linked|involved|responsible|connected|related|true)|nothing to do with|baseless|groundless|unfounded|fabricated|false|lies?|fake|no (involvement|role|link))\b/;
export const SUPPORT =
  /\b(side with|stand with|stands with|stand by|support for|support to|solidarity with|backing for|unwavering support)\b/;
/** Events told without an actor: passives and verbs of happening ("were killed", "broke out"). */
export const OCCURRENCE =
  /\b((been|were|was|are|is|be) (\w+ )?(killed|wounded|injured|destroyed|damaged|exported|displaced|signed)|died|dead|casualties|death toll|broke out|took place|erupted|occurred|happened|fled|have agreed|has agreed|signed|there (were|was))\b/;
/** What others must stop or do: a demand. */
export const MUST =
  /\b(must|should)\s+(\w+\s+)?(stop|end|cease|halt|withdraw|leave|respect|release|restrain|punish|return|refrain)\b/;
