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
  /\b((been|were|was|are|is|be) (\w+ )?(killed|wounded|injured|destroyed|damaged|exported|displaced|signed)|died|dead|casualties|death toll|broke out|took place|erupted|occurred|happened|fled|have agreed|has agreed|signed|there (were|was)|(strikes?|raids?|attacks?|bombs?|shelling|explosions?|blasts?) (\w+ )?(killed|kill|kills|wounded|injured))\b/;
/** What others must stop or do: a demand. */
export const MUST =
  /\b(must|should)\s+(\w+\s+)?(stop|end|cease|halt|withdraw|leave|respect|release|restrain|punish|return|refrain)\b/;

/*
 * Act words: what the content's own predicate does, for statements made with a neutral cue
 * (statements/acts.ts). Grouped by the CAMEO / PLOVER class they stand for.
 */

/** Labels one side gives the other's fighters: as the agent of a hostile act, an accusation. */
export const PEJORATIVE_AGENTS = set(`
  terrorists terrorist militia militias militiamen criminals criminal clique gangs gang bandits
  mercenaries invaders aggressors aggressor occupiers occupation enemy putschists coup regime
`);
/** Armed groups named by their kind: a state telling their acts accuses them. */
export const ARMED_GROUPS = set(`
  rebels rebel militants insurgents gunmen separatists jihadists fighters guerrillas
`);
/** Possessives that, opening reported speech, point back at the speaker: "its forces had …". */
export const OWN_POSSESSIVES = set(`
  its his her their our my
`);
/** Fighting bodies a possessive can own: "its forces", "his fighters", "our troops". */
export const OWN_FORCES = set(`
  forces troops army soldiers fighters military units jets aircraft artillery men navy
  warplanes drones warships ships systems defences defenses batteries
`);
/** Verbs of carrying out an operation: with one's own side and an attack noun, an admission. */
export const CARRY_OUT = set(`
  carried conducted launched staged executed responded retaliated repulsed repelled chased traced
  hit involved
`);
/** Verbs of an obligation laid on someone else (CAMEO 10, demand): "X must withdraw". */
export const OBLIGATION = /\b(must|has to|have to|needs to|need to|ought to)\s+(not\s+)?(\w+)/;
/** Requests and appeals (CAMEO 02, appeal): "we call on …", "I hope X will answer". */
export const APPEAL =
  /\b(call on|calls on|called on|call upon|calls upon|urge|urges|appeal to|appeals to|addresses \w+ \w+ to|ask|asks|hope (that )?\w+ (will|would)|invite|invites|(i|we) propose|(i|we) suggest)\b/;
/** Expectations laid on another (CAMEO 10, demand): "expects the Russian Federation to …". */
export const EXPECT = /\b(expects?|expected|demands?|requires?|insists? that)\s+(the\s+)?\w+/;
/** Imperatives opening the content (CAMEO 10): "Do it", "Stop the shelling". */
export const IMPERATIVES = set(`
  do stop end withdraw leave respect release let return give tell show determine inform
  investigate come hand allow take hold cease halt
`);
/** Refusing to yield (CAMEO 12, reject): "we are not giving up a single inch". */
export const REFUSAL =
  /\b(not|never|no)\s+(\w+\s+){0,2}(give up|giving up|cede|ceding|surrender|surrendering|exit|exiting|back down|backing down|accept|accepting|single inch)\b|\b(suspend\w*|quit\w*|pull\w* out of|withdr\w* from) (the |its |their )?(\w+ )?(talks|negotiations|deal|agreement)\b/;
/** Disputing a toll or a report (CAMEO 12): "do not align with the information held". */
export const DISPUTE =
  /\b((do|does|did) not (align|match|correspond|tally|reflect)|inflated|exaggerated|not credible|inaccurate|propaganda)\b/;
/** Derision (CAMEO 11, disapprove): "Enough lies …", "Shame on you". */
export const DERISION = /^(enough|shame on|what a|how dare)\b/;
/** A party's failure to do its part (CAMEO 11): "had not responded to the offer". */
export const NON_COOPERATION =
  /\b(not|never|failed to|refused to|refuse to|refuses to)\s+(\w+\s+){0,2}(responded|respond|respected|respect|comply|complied|honou?red|honou?r|interested|cooperated|cooperate|kept|keep|implemented|implement)\b/;
/** Condemnation by adjective, for an act with no toll: "this terrible, unjustified attack". */
export const CONDEMNING = set(`
  unjustified senseless heinous egregious cowardly despicable terrible inhumane
  barbaric
`);
/** Offers and standing commitments of one's own side (CAMEO 05/06, promise): "stands ready to". */
export const COMMITMENT =
  /\b(offered|offers|offer|stands ready|stand ready|remain ready|remains ready|will continue to|will never relax|will not relax|will keep)\b/;
/** Force in a promise or a warning makes it a threat (CAMEO 13): "vowed to fight on". */
export const FORCE_WORDS = set(`
  fight fighting battle smash crush countermeasures counter-measures retaliate retaliation strike
  respond response punish destroy annihilate
`);
/** A toll or danger that may grow (CAMEO 13 warn is a threat; this is a warning): "could rise". */
export const MAY_GROW =
  /\b(could|may|might|likely to|expected to|set to)\s+(\w+\s+)?(rise|increase|climb|grow|worsen|escalate)\b/;
/** Qualifiers that make an attack an accusation: "unprovoked firing", "indiscriminate shelling". */
export const ACCUSATORY = set(`
  unprovoked indiscriminate deliberate deliberately wanton treacherous brutal unjustified
`);
/** Tying an attack or its authors to a party: "attack linked with GNA", "affiliated with". */
export const LINKED = /\b(?<!not )(linked|affiliated|tied|connected|loyal) (with|to)\b/;
/** Hostile acts told as nouns, opening the content: "attempts to violate", "violations by". */
export const NOMINAL_AGGRESSION =
  /^(\w+ )?(attempts? to (violate|attack|disrupt|undermine|sabotage)|violations? (of|by)|provocations?|attacks? (on|against)|shelling of|aggression)\b/;
/** Being attacked, said by the attacked (CAMEO 19 told by its victim): "came under fire from". */
export const UNDER_ATTACK =
  /\b(came|come|comes|coming|were|was|are|is|been) under (\w+ )?(fire|attack|shelling|bombardment)\b/;
/** Help a side denies giving or getting (CAMEO 07/08 denied): "we have never received …". */
export const COMPLICITY = set(`
  received receive receiving supported support supporting involved helped help funded armed
  backed harboured harbored sheltered supplied equipped trained
`);
/** Speakers whose tolls are reports (eval conventions): monitors, hospitals, the UN, NGOs. */
export const MONITORS =
  /\b(hospitals?|observatory|monitor\w*|doctors|syndicate|red cross|red crescent|united nations|un|ocha|world health|human rights|amnesty|médecins|msf|unicef|unhcr)\b/i;
