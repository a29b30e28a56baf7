/**
 * Closed word lists of news English used by recognition and attribution. All entries are folded
 * to lower case without accents (the `key` of a token).
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Capitalized words that never start a name on their own. */
export const NOT_NAMES = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december today yesterday tomorrow also but and or the a
  an in on at of for to from by with as after before since during while when where what who whom
  whose which that this these those there here then thus however meanwhile separately moreover
  it its he she they we i you his her their our my your him them us me some many most more much
  several few all both each every other another such no not nor yet so if just only even still
  according earlier later last next first second third now once again already dr mr mrs ms
  president prime minister ministry government army military forces police officials official
  spokesman spokeswoman spokesperson general gen colonel col lieutenant lt major maj captain capt
  sergeant sgt admiral adm foreign defense defence interior secretary chief commander head leader
  state national international federal republic democratic people residents witness witnesses
  reporting additional editing writing photo video read watch live update updated breaking
  exclusive analysis opinion explainer reuters afp ap god allah
`);

/** Adverbs and auxiliaries that may stand between a speaker and the verb. */
export const BETWEEN_SUBJECT_AND_CUE = set(`
  also has have had would will was were is are did does do later earlier then repeatedly
  reportedly again further previously separately recently publicly privately swiftly quickly
  immediately strongly sharply firmly flatly categorically officially formally initially first
  subsequently still already once however meanwhile too himself herself itself themselves
  has had been openly angrily bluntly explicitly directly loudly vehemently emphatically
  specifically separately yesterday today tonight
`);

/** Nouns for people quoted without a name: "a Ganja resident", "a witness", "an official". */
export const PERSON_NOUNS = set(`
  resident residents witness witnesses eyewitness eyewitnesses official officials spokesman
  spokeswoman spokesperson source sources soldier soldiers doctor doctors nurse medic survivor
  survivors villager villagers farmer refugee refugees man woman mother father teacher student
  activist activists analyst analysts expert experts diplomat diplomats journalist reporter
  correspondent volunteer volunteers worker workers commander commanders fighter fighters officer
  officers lawmaker lawmakers legislator envoy aide adviser advisor negotiator paramedic rescuer
  rescuers mayor governor priest imam neighbour neighbor shopkeeper driver local locals
`);

/** Heads of the names of state bodies: "the Azerbaijani Defense Ministry", "Israel's military". */
export const STATE_BODY_HEADS = set(`
  ministry army military government parliament police navy presidency cabinet embassy
  administration kremlin prosecutor office junta
`);
/** Words that may sit before a state body's head: "Defense Ministry", "Foreign Affairs Ministry". */
export const STATE_BODY_MODIFIERS = set(`
  defense defence foreign affairs interior health emergency emergencies emergency situations
  justice finance information security intelligence national armed border general staff
  prosecutor general's state
`);
/** Armed groups named by who they are or who backs them: "ethnic Armenian separatists". */
export const GROUP_HEADS = set(
  `separatists rebels militants insurgents militia militias paramilitaries guerrillas jihadists`,
);
/** Words that end the name of an organization: "Rapid Support Forces", "Security Council". */
export const ORGANIZATION_HEADS = set(`
  observatory syndicate force
  forces ministry army council committee commission party front union organization organisation
  agency corps brigade brigades battalion regiment guard guards group movement command court
  office service services institute university bank company corporation news times post
  network foundation federation assembly parliament congress senate government coalition alliance
  mission watch international association authority department police navy fund programme
  program cross crescent league church tribunal bureau directorate centre center society
`);

/** What a news outlet is called before its name: "the French newspaper Liberation". */
export const MEDIUM_NOUNS = set(`
  newspaper daily weekly broadcaster agency channel television tv radio magazine outlet website
  network station paper tabloid
`);

/** Nouns naming the war itself ("the fighting"), which becomes one Event per article. */
export const WAR_NOUNS = set(`war fighting conflict hostilities battlefield clashes`);
/** Nouns naming one attack, which becomes an Event when a place and date are at hand. */
export const ATTACK_NOUNS = set(`
  strike strikes airstrike airstrikes attack attacks shelling bombing bombardment explosion blast
  raid assault assaults massacre ambush clash clashes skirmish confrontation
`);
/** Nouns of a hostile act that is not one attack: "ceasefire violations by …", "such acts". */
export const HOSTILE_ACT_NOUNS = set(`
  violation violations firing fire aggression provocation provocations atrocities abuses crimes
  acts act actions
`);
export const ATTACK_MODIFIERS = set(`missile rocket air drone artillery suicide car mortar`);
/** Nouns of agreements and of the talks that make them, which become Events. */
export const AGREEMENT_NOUNS = set(
  `agreement agreements deal accord accords truce ceasefire cease-fire pact treaty initiative memorandum armistice arrangement`,
);
export const TALKS_NOUNS = set(`talks negotiations summit`);

/** Verbs of violence, in the forms news uses: a claim that someone did one accuses them. */
export const HOSTILE_VERBS = set(`
  attacked attacking attack attacks shelled shelling shell shells targeted targeting target
  targets struck striking strike strikes bombed bombing bomb bombs killed killing kill kills
  fired firing fire fires launched launching launch violated violating violate violates
  invaded invading invade massacred shot shooting hit hitting destroyed destroying destroy
  committed committing commit used using use deployed deploying deploy
  looted carried staged conducted orchestrated perpetrated provoke provoked waging waged wage
  recruiting recruited supplying supplied arming injured wounded dropped dropping
`);

/** Verbs of saying whose "to X" is a listener: "state clearly to Maduro that …". */
export const ADDRESS_VERBS = set(`
  say says said saying state states stated stating explain explains explained explaining
  declare declares declared declaring repeat repeats repeated convey conveys conveyed conveying
  speak speaks spoke speaking write writes wrote writing announce announced make made clear
`);

/** Verbs of warding off an attack (CAMEO 19, in defence): "shot down", "intercepted", "repelled". */
export const DEFENSIVE_VERBS = set(`
  intercepted intercepting intercept downed repelled repelling repel repulsed repulsing repulse
  thwarted thwarting foiled foiling
`);

/** Verbs whose object is an agreement: "agreed to", "signed", "implement it", "abide by it". */
export const AGREEMENT_VERBS = set(`
  agree agrees agreed agreeing sign signs signed signing implement implements implemented
  implementing abide abides abiding honour honours honoured honouring honor honors honored
  honoring respect respects respected respecting extend extends extended extending ratify
  ratified ratifying expedite uphold upheld
`);
/** Verbs of telling whose object is the listener, not what is told about. */
export const LISTENER_VERBS = set(`
  told tell tells telling notified notify notifies informed inform informs assured assure
  assures briefed brief briefs reassured
`);
/** Nouns by which a report refers back to the action it leads with: "the decision", "the move". */
export const DECISION_NOUNS = set(`decision move step announcement suspension withdrawal`);
/** Heads of places that a possessor owns: "near the army's headquarters" is a place, not a target. */
export const LOCATIVE_HEADS = set(`
  headquarters base bases positions position compound residence office offices barracks
  camp camps territory home homes
`);
/** Heads distinctive enough to be a body's short name: "the Observatory", "the Syndicate". */
export const NAMING_HEADS = set(`observatory syndicate`);
