import { extractArticle } from '../extract';

/** The targets of the statement whose text contains `fragment`, extracted from `text`. */
function targetsOf(text: string, fragment: string, publishedAt = '2021-03-12'): string[] {
  const { document } = extractArticle({ text, publishedAt });
  const statement = document.statements?.find((s) => s.text.includes(fragment));
  expect(statement).toBeDefined();
  return statement!.about.filter((a) => a.role === 'target').map((a) => a.entity);
}

const LEAD = 'Russia on Monday suspended its participation in the Black Sea grain deal.';

describe('statement targets', () => {
  it('takes the listeners of a verb of telling as mentioned, not as targets', () => {
    const text = `${LEAD} Russia’s foreign ministry said it had notified Turkey and the United Nations of its objection to extending the deal.`;
    expect(targetsOf(text, 'notified')).toEqual(['black-sea-grain-deal']);
  });

  it('takes the listener of a verb of saying ("state clearly to X that") as mentioned', () => {
    const text = `${LEAD} Ukrainian President Volodymyr Zelensky said he would state clearly to Turkey that the Black Sea grain deal must continue.`;
    expect(targetsOf(text, 'must continue')).toEqual(['black-sea-grain-deal']);
  });

  it('takes the host of what was struck ("the concert held by X (KIO)") as mentioned', () => {
    const text =
      'Fighting went on in Kachin State. The Myanmar military said the air strike on the concert held by the Kachin Independence Organisation (KIO) in Hpakant on Sunday was aimed at terrorists.';
    expect(targetsOf(text, 'concert held by')).toEqual(['hpakant-air-strike-2021-03-07']);
  });

  it('reads "implement it" as the agreement named last', () => {
    const text = `${LEAD} US Secretary of State Antony Blinken urged both parties to implement it quickly.`;
    expect(targetsOf(text, 'implement it')).toEqual(['black-sea-grain-deal']);
  });

  it('blames "the decision" on the agent of the lead', () => {
    const text = `${LEAD} UN Secretary-General Antonio Guterres said he deeply regretted the decision.`;
    expect(targetsOf(text, 'regretted')).toEqual(['russia']);
  });

  it('takes a remark that names nothing as about the agreement the report leads with', () => {
    const text = `${LEAD} Russia’s foreign ministry said the safety guarantees for ships in the corridor would be withdrawn.`;
    expect(targetsOf(text, 'safety guarantees')).toEqual(['black-sea-grain-deal']);
  });

  it('takes a denial that names no one as about the denier', () => {
    const text = 'The Rapid Support Forces denied using civilian buildings as bases.';
    expect(targetsOf(text, 'civilian buildings')).toEqual(['rapid-support-forces']);
  });

  it('takes a labelled agent of an accusation as the report’s other party', () => {
    const text =
      'Kenyan troops clashed with Al-Shabaab near Mandera. Al-Shabaab fighters attacked a camp. The Kenyan army said the terrorists had attacked a school.';
    expect(targetsOf(text, 'the terrorists')).toEqual(['al-shabab']);
  });

  it('takes a definite label anywhere in an account as the report’s other party', () => {
    const text =
      'Al-Shabaab fighters attacked a police station near Mandera. Al-Shabaab later fled. A Kenyan police commander, Ali Hassan, said two of his men were wounded before the surviving gunmen fled into the forest.';
    expect(targetsOf(text, 'surviving gunmen')).toEqual(['al-shabab']);
  });

  it('takes one’s own operation against an unnamed enemy as about the other party', () => {
    const text =
      'Al-Shabaab fighters attacked a police station near Mandera. Al-Shabaab later fled. A Kenyan police commander, Ali Hassan, said: "We traced them this morning and killed ten of them."';
    expect(targetsOf(text, 'We traced them')).toEqual(['al-shabab']);
  });

  it('takes fighting that erupted on a date between two sides as the war', () => {
    const text =
      'Sudan said the war had displaced millions. The Rapid Support Forces said fighting erupted on April 15 between the army and its fighters in Khartoum.';
    expect(targetsOf(text, 'fighting erupted')).toEqual(['sudan-war']);
  });

  it('takes a declared victory as about the war', () => {
    const text =
      'Azerbaijan said the war in Nagorno-Karabakh had killed thousands. President Ilham Aliyev declared victory after his troops entered the town of Shusha.';
    expect(targetsOf(text, 'victory')).toEqual(['nagorno-karabakh-war']);
  });

  it('takes a remark that names nothing as about what the speaker was asked about', () => {
    const text =
      'Russia and Ukraine fought along the front. Asked if Ukraine would ever give up Kherson, Ukrainian President Volodymyr Zelensky said: “Not one metre, never.”';
    expect(targetsOf(text, 'Not one metre')).toEqual(['kherson']);
  });

  it('takes warding off an attack as about the attacker, not the attack just told', () => {
    const text =
      'Russian forces pressed on in the east. A Russian missile strike hit Kharkiv on Monday, killing four people, Ukrainian officials said. The Ukrainian army said its air defence systems shot down 20 drones over Kyiv.';
    expect(targetsOf(text, 'shot down')).toEqual(['russia-armed-forces']);
  });

  it('takes an accusation naming no actor as aimed at whom the speaker last accused', () => {
    const text =
      'Sudan’s army and the RSF fought on in Darfur. The Rapid Support Forces accused the Sudanese army of bombing a market in Nyala. ' +
      'The RSF said the indiscriminate bombardment of Nyala on Tuesday destroyed dozens of homes.';
    expect(targetsOf(text, 'indiscriminate bombardment')).toEqual(['sudan-armed-forces']);
  });

  it('takes "accused each other" as about every speaker', () => {
    const text = 'Armenia and Azerbaijan accused each other of shelling civilian areas.';
    expect(targetsOf(text, 'shelling')).toEqual(['armenia', 'azerbaijan']);
  });

  it('takes the agent of "violations by" as the target, not the agreement violated', () => {
    const text =
      'Armenia and Azerbaijan agreed to a humanitarian ceasefire on Saturday. Azerbaijan’s foreign ministry condemned the ceasefire violations by the Armenian troops near Lachin.';
    expect(targetsOf(text, 'violations by')).toEqual(['armenia-armed-forces']);
  });

  it('aims blame that names no one from a civil body at the other party’s state', () => {
    const text =
      'Azerbaijani forces shelled Armenian villages again. Azerbaijan said Armenia had started it. Armenia’s foreign ministry said the deliberate shelling of homes was deplorable.';
    expect(targetsOf(text, 'deliberate shelling')).toEqual(['azerbaijan']);
  });

  it('aims blame that names no one from an army at the other party’s army', () => {
    const text =
      'Azerbaijani forces shelled Armenian villages again. Azerbaijan said Armenia had started it. Armenia’s Defence Ministry said the deliberate shelling of homes was deplorable.';
    expect(targetsOf(text, 'deliberate shelling')).toEqual(['azerbaijan-armed-forces']);
  });

  it('takes "that toll" as about whoever gave the toll', () => {
    const text =
      'The Ukrainian health ministry said 30 people were killed in the shelling of Kharkiv. The Russian defence ministry disputed that toll.';
    expect(targetsOf(text, 'toll')).toEqual(['ukraine-health-ministry']);
  });

  it('takes one’s own operation right after an attack as about that attack', () => {
    const text =
      'Russian forces and Ukrainian troops fought near Kharkiv. A drone strike hit a wedding in Kharkiv on Monday, killing 12 people, the regional governor said. The Russian defence ministry said it had used precise munitions against the militants.';
    expect(targetsOf(text, 'precise munitions')).toEqual(['kharkiv-drone-strike-2021-03-08']);
  });

  it('takes a deflecting denial right after an attack as about that attack', () => {
    const text =
      'A drone strike hit a wedding in Kharkiv on Monday, killing 12 people, the regional governor said. The Russian defence ministry said that if civilians died, it was because they were forced to shelter fighters.';
    expect(targetsOf(text, 'civilians died')).toEqual(['kharkiv-drone-strike-2021-03-08']);
  });

  it('takes a witness’s "we" as about the attack, not the witness', () => {
    const text =
      'A drone strike on a wedding in Kharkiv killed 12 people on Monday, officials said. One guest, Olena Kovalenko, said: "We saw the roof fall on us."';
    expect(targetsOf(text, 'We saw')).toEqual(['kharkiv-drone-strike-2021-03-08']);
  });

  it('takes a remark in a sentence opening "In <place>, …" as about that place', () => {
    const text =
      'Shelling killed three people in Kharkiv, the governor said. In the eastern region of Donetsk, meanwhile, the Ukrainian army said mortar rounds had killed five people.';
    expect(targetsOf(text, 'mortar rounds')).toEqual(['donetsk']);
  });

  it('takes "the town" as the town named last', () => {
    const text =
      'Fighting raged in the town of Sloviansk on Monday. Inside the town, mortar rounds killed five people, the Ukrainian army said.';
    expect(targetsOf(text, 'mortar rounds')).toEqual(['sloviansk']);
  });

  it('does not take a place as an attack the report tells only later', () => {
    const text =
      'Mortar fire killed five people in Kharkiv, the Ukrainian army said. Later a drone strike hit Kharkiv on Tuesday, the governor said.';
    expect(targetsOf(text, 'Mortar fire')).toEqual(['kharkiv']);
  });

  it('takes "the group" as the body named last', () => {
    const text =
      'Al-Shabaab fighters attacked a police post near Mandera on Monday. Kenya’s interior ministry said the group had planned the raid for weeks.';
    expect(targetsOf(text, 'planned the raid')).toEqual(['al-shabab']);
  });

  it('takes the bracketed body of an owner as the object, not the owner', () => {
    const text =
      'Mali’s junta accused the UN’s peacekeeping mission in the country (MINUSMA) of spying on its troops.';
    expect(targetsOf(text, 'spying')).toEqual(['minusma']);
  });

  it('takes a country after "in" or "from" as a place, not an actor', () => {
    const text =
      'The Congolese army said M23 fighters crossed from Uganda and attacked villages in Rwanda.';
    expect(targetsOf(text, 'crossed')).toEqual(['m23']);
  });

  it('takes a demand that names no one as aimed at the report’s other party', () => {
    const text =
      'Azerbaijani forces shelled Armenian villages again. Azerbaijan said Armenia had started it. Armenia’s foreign ministry said: "Stop this now."';
    expect(targetsOf(text, 'Stop this')).toEqual(['azerbaijan']);
  });

  it('takes a label as the armed party the report names by where it fights', () => {
    const text =
      'Mozambique’s defence ministry said rebels in Cabo Delgado province had attacked a convoy. The ministry later said militants had attacked a school near the coast.';
    expect(targetsOf(text, 'a school')).toEqual(['rebels-in-cabo-delgado-province']);
  });

  it('takes a label after "by" as the labelled armed party, whatever the stance', () => {
    const text =
      'Mozambique’s defence ministry said rebels in Cabo Delgado province had attacked a convoy. The ministry said the raids carried out by terrorists must be condemned by all.';
    expect(targetsOf(text, 'raids')).toEqual(['rebels-in-cabo-delgado-province']);
  });

  it('takes clashes between two sides as about the war', () => {
    const text =
      'The war in Sudan has raged for months. The United Nations said heavy clashes between the army and the RSF had killed 20 people in Omdurman.';
    expect(targetsOf(text, 'clashes')).toEqual(['sudan-war']);
  });

  it('does not take "our" before an abstract noun as the speaker’s side', () => {
    const text =
      'The war in Yemen has lasted eight years. Yemen’s government said in a statement: "Our resolve for peace is equal to our resolve to win."';
    expect(targetsOf(text, 'Our resolve')).toEqual(['yemen-war']);
  });

  it('takes a label in an account, not only in blame, as the report’s other party', () => {
    const text =
      'Kenyan troops clashed with Al-Shabaab near Mandera. Al-Shabaab fighters attacked a camp. The Kenyan army said the militia had fled into the forest.';
    expect(targetsOf(text, 'fled')).toEqual(['al-shabab']);
  });

  it('takes "the Indian firing" as the state’s armed forces firing, once they are named', () => {
    const text =
      'Indian troops shelled villages along the border on Sunday, Pakistan said. The Pakistani military said its troops had responded to the Indian firing.';
    expect(targetsOf(text, 'responded')).toEqual(['india-armed-forces']);
  });

  it('takes a label after "by" as the rebels a report never names', () => {
    const text =
      'Rebel mortar fire killed three farmers near the Syrian town of Jisr, Syria’s defence ministry said. The shelling by “terrorist gangs” also wounded a shepherd, the ministry said.';
    expect(targetsOf(text, 'wounded a shepherd')).toEqual(['syrian-rebels']);
  });

  it('takes "the regime" as the agent of an act as the state, not as the labelled group', () => {
    const text =
      'Rebel mortar fire killed three farmers near the Syrian town of Jisr, Syria’s defence ministry said. Human Rights Watch said regime helicopters had dropped barrel bombs on Jisr.';
    expect(targetsOf(text, 'barrel bombs')).toEqual(['syria']);
  });

  it('takes “the occupation’s” shelling as the state, not the most named party', () => {
    const text =
      'Hezbollah said its fighters had clashed with Israeli troops near Aita, and Hezbollah vowed to fight on. The Lebanese health ministry said the occupation’s shelling of the Aita clinic had killed four nurses.';
    expect(targetsOf(text, 'clinic')).toEqual(['israel-armed-forces']);
  });

  it('takes “your government” as the agent of a hostile act as the state addressed', () => {
    const text =
      'Peru summoned Bolivia’s ambassador on Monday. “The raids your army is staging near Puno violate our border,” Peruvian Foreign Minister Ana Cecilia Gervasi told him.';
    expect(targetsOf(text, 'raids')).toEqual(['bolivia']);
  });
});
