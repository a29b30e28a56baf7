import { extractArticle } from '../extract';

/** The targets of the statement whose text contains `fragment`, extracted from `text`. */
function targetsOf(text: string, fragment: string): string[] {
  const { document } = extractArticle({ text, publishedAt: '2023-07-17' });
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

  it('takes one’s own operation against an unnamed enemy as about the other party', () => {
    const text =
      'Al-Shabaab fighters attacked a police station near Mandera. Al-Shabaab later fled. A Kenyan police commander, Ali Hassan, said: "We traced them this morning and killed ten of them."';
    expect(targetsOf(text, 'We traced them')).toEqual(['al-shabab']);
  });

  it('takes "accused each other" as about every speaker', () => {
    const text = 'Armenia and Azerbaijan accused each other of shelling civilian areas.';
    expect(targetsOf(text, 'shelling')).toEqual(['armenia', 'azerbaijan']);
  });
});
