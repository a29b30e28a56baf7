/**
 * The stance of a statement: which speech act it is. Values are grounded in CAMEO's verbal event
 * codes so that our data lines up with GDELT-style event datasets; several stances can share a code
 * because CAMEO is coarser than a reader of news.
 */
export enum Stance {
  CLAIM = 'CLAIM',
  REPORT = 'REPORT',
  DENY = 'DENY',
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  WARN = 'WARN',
  APPEAL = 'APPEAL',
  PROMISE = 'PROMISE',
  PRAISE = 'PRAISE',
  SUPPORT = 'SUPPORT',
  DEMAND = 'DEMAND',
  CRITICIZE = 'CRITICIZE',
  ACCUSE = 'ACCUSE',
  REJECT = 'REJECT',
  THREATEN = 'THREATEN',
  OTHER = 'OTHER',
}

export const CAMEO: Readonly<Record<Stance, { code: string; label: string }>> = {
  CLAIM: { code: '010', label: 'Make statement' },
  REPORT: { code: '010', label: 'Make statement' },
  DENY: { code: '016', label: 'Deny responsibility' },
  ACKNOWLEDGE: { code: '015', label: 'Acknowledge or claim responsibility' },
  WARN: { code: '012', label: 'Make pessimistic comment' },
  APPEAL: { code: '020', label: 'Make an appeal or request' },
  PROMISE: { code: '030', label: 'Express intent to cooperate' },
  PRAISE: { code: '051', label: 'Praise or endorse' },
  SUPPORT: { code: '052', label: 'Defend verbally' },
  DEMAND: { code: '100', label: 'Demand' },
  CRITICIZE: { code: '111', label: 'Criticize or denounce' },
  ACCUSE: { code: '112', label: 'Accuse' },
  REJECT: { code: '120', label: 'Reject' },
  THREATEN: { code: '130', label: 'Threaten' },
  OTHER: { code: '010', label: 'Make statement' },
};

export const STANCES: readonly Stance[] = Object.values(Stance);
