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
});
