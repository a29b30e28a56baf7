/**
 * Words of office titles. A title is a run of modifiers ending in a head ("Foreign Minister",
 * "army chief", "Deputy Prime Minister"), optionally followed by an "of" complement ("Secretary
 * of State", "Chief of the General Staff"). A named office-holder is a Leader, spokespeople
 * included; the title says which state or body the person speaks for.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const TITLE_HEADS = set(`
  president minister secretary chancellor king queen prince emir sultan leader ayatollah chief
  commander speaker senator governor mayor ambassador envoy chairman chairwoman chair director
  premier representative commissioner pope patriarch secretary-general director-general
  commander-in-chief counterpart spokesman spokeswoman spokesperson adviser advisor aide
  negotiator lawmaker coordinator rapporteur chairperson mediator chief-of-staff official
`);

/** Heads of titles that speak for someone else; the person is still a Leader when named. */
export const PERSON_TITLE_HEADS = set(`
  spokesman spokeswoman spokesperson adviser advisor aide negotiator lawmaker coordinator rapporteur
  official
`);

export const TITLE_MODIFIERS = set(`
  former acting then interim outgoing incoming deputy vice first top senior prime supreme crown
  high special chief foreign defense defence interior finance health justice economy energy trade
  army military security intelligence national general presidential state policy opposition
  rebel militia group government ministry kremlin regional provincial parliament parliamentary
  un nato information economy agriculture education culture transport communications external
  affairs commission council presidency embassy opposition army-backed
`);

/** Title modifiers that say the person no longer holds the office. */
export const PAST_TITLE_MODIFIERS = set(`former then outgoing`);

export const TITLE_COMPLEMENTS = set(
  `state staff the general foreign affairs defense defence interior health justice armed forces`,
);

/** Military ranks and honorifics between a title and a name; not part of the office. */
export const RANKS = set(`
  general gen lieutenant lt colonel col major maj brigadier brig captain capt admiral adm marshal
  field sergeant sgt commander cmdr mr mrs ms dr sir sheikh
`);

/** Lower-case particles inside names: "Abdel Fattah al-Burhan", "Ursula von der Leyen". */
export const NAME_PARTICLES = set(`al el bin ibn abu de da van von der di du la le dos das del`);
