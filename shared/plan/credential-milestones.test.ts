// A certificate or licence the target role requires is a milestone of its own, held or not, with the certificate as its evidence.
import { describe, expect, it } from 'vitest';
import { createPlan, credentialPhrase, credentialsRequired } from './generate';
import { ALEX, assertion, DANA, testFramework } from '../test/fixtures';

describe('credential milestones', () => {
  it('turns the target role’s required certificates and licences into milestones, not its preferred ones', () => {
    const framework = testFramework();
    const senior = framework.roles.find((r) => r.id === 'senior')!;
    senior.requirements = { required: ['Current BLS certification', 'Must hold a valid driving licence.', 'Five years of experience'], preferred: ['ACLS certification'] };
    const plan = createPlan({ id: 'p', framework, employee: ALEX, manager: DANA, currentRoleId: 'eng2', targetRoleId: 'senior', assessment: [assertion('code', 3)], by: 'alex', now: '2026-02-01T09:00:00Z' });
    const credentials = plan.milestones.filter((m) => m.id.startsWith('c-'));
    expect(credentials.map((m) => m.title)).toEqual(['Hold a current BLS certification', 'Hold a valid driving licence']);
    expect(credentials[0]!.measure).toMatch(/copy of the current certificate or licence .* checked by Dana Lee/);
    expect(credentials[0]!.link).toEqual({ kind: 'goal', responsibility: 'Current BLS certification', roleId: 'senior' });
    expect(credentials.every((m) => m.due > '2026-02-01' && m.due < '2027-02-01')).toBe(true);
  });

  it('reads a requirement as a credential only when it asks for one', () => {
    expect(credentialsRequired(['Registered Nurse licence', 'Knowledge of certification processes is preferred', 'Care for patients'])).toEqual(['Registered Nurse licence']);
    expect(credentialPhrase('BLS certification required')).toBe('a BLS certification');
  });
});
