import { describe, expect, it } from 'vitest';
import { testFramework } from '../../test/fixtures';
import { FrameworkSchema } from '../../model/framework';
import { markdownToBlocks } from '../document/markdown';
import { extractedRoleToRole, frameworkRoleFor, ingestJobDescription } from '../job-description';
import { placeRole, roleForFramework } from './to-role';

const JD = [
  '# Senior Engineer, Payments',
  '## What you will do',
  '- Mentor two engineers on the team',
  '- Own the payments ledger service',
  '## What you will bring',
  '- Expert in system design for high-volume services',
  '- Strong coding skills',
  '- Experience with Terraform',
  '## Nice to have',
  '- Product sense: you have shipped a product end to end',
].join('\n');

describe('an extracted role as a framework Role', () => {
  const framework = testFramework();
  const extracted = ingestJobDescription(markdownToBlocks(JD, 'jd.md'), { framework }).roles[0]!;

  it('matches the catalogue, keeps proposals on the extracted role only', () => {
    expect(extracted.competencies.filter((c) => c.matched).map((c) => c.competencyId)).toEqual(['design', 'code', 'mentor', 'product']);
    expect(extracted.competencies.find((c) => !c.matched)).toMatchObject({ name: 'Terraform', evidence: 'Experience with Terraform', line: 8 });
    const role = extractedRoleToRole(extracted, framework);
    expect(role.competencies.map((c) => c.competencyId)).toEqual(['design', 'code', 'mentor', 'product']);
    // a Role for this framework validates against it
    expect(() => FrameworkSchema.parse({ ...framework, roles: [...framework.roles, { ...role, id: 'senior-payments' }] })).not.toThrow();
  });

  it('takes levels from the wording, else from the framework role of that seniority in the track, else from the seniority', () => {
    const role = extractedRoleToRole(extracted, framework);
    const level = Object.fromEntries(role.competencies.map((c) => [c.competencyId, c.level]));
    expect(level.design).toBe(5); // "Expert in"
    expect(level.code).toBe(4); // "Strong"
    expect(level.mentor).toBe(2); // the framework's Senior Engineer requires Mentoring 2
    expect(level.product).toBe(4); // no engineering role requires Product sense: a senior's default
    expect(role).toMatchObject({ track: 'Engineering', rank: 3, level: 'Senior', title: 'Senior Engineer, Payments' });
  });

  it('weighs what is required above what is only preferred', () => {
    const importance = Object.fromEntries(extractedRoleToRole(extracted, framework).competencies.map((c) => [c.competencyId, c.importance]));
    expect(importance).toEqual({ design: 4, code: 4, mentor: 3, product: 2 });
  });

  it("finds the framework's role of that title, once a team qualifier is dropped", () => {
    expect(frameworkRoleFor(extracted, framework)?.id).toBe('senior');
    expect(frameworkRoleFor({ title: 'Staff Engineer', track: '' }, framework)?.id).toBe('staff');
    expect(frameworkRoleFor({ title: 'Principal Engineer', track: '' }, framework)).toBeUndefined();
  });

  it('without a framework, names proposed competencies by slug at a level for the seniority', () => {
    const alone = ingestJobDescription(markdownToBlocks(JD)).roles[0]!;
    const role = extractedRoleToRole(alone);
    expect(role.competencies.map((c) => c.competencyId)).toContain('terraform');
    expect(role.competencies.find((c) => c.competencyId === 'terraform')).toMatchObject({ level: 4, importance: 4 });
    expect(role.requirements.preferred).toEqual(['Product sense: you have shipped a product end to end']);
  });
});

describe('a role of another field going into the framework', () => {
  const framework = testFramework();
  const csm = ingestJobDescription(markdownToBlocks(['# Customer Success Manager', '**Department:** Customer Success', '## Requirements', '- Excellent negotiation skills', '- Knowledge of Salesforce', '- Ability to run quarterly business reviews'].join('\n'), 'csm.md'), { framework }).roles[0]!;

  it('is placed on a track of its own, named after its department', () => {
    expect(placeRole(csm, framework)).toMatchObject({ track: 'Customer Success', rank: 1, own: true });
    expect(extractedRoleToRole(csm, framework)).toMatchObject({ track: 'Customer Success', rank: 1 });
  });

  it('brings what it asks for as new competencies, at a level for its seniority, of the kind the wording says', () => {
    const { role, competencies } = roleForFramework(csm, framework);
    expect(competencies.map((c) => [c.id, c.kind, c.category])).toEqual([
      ['negotiation', 'skill', 'Customer Success'],
      ['salesforce', 'knowledge', 'Customer Success'],
      ['running-quarterly-business-reviews', 'ability', 'Customer Success'],
    ]);
    expect(role.competencies.map((c) => [c.competencyId, c.level, c.importance])).toEqual([
      ['negotiation', 3, 4],
      ['salesforce', 3, 4],
      ['running-quarterly-business-reviews', 3, 4],
    ]);
    // the framework with them validates
    expect(() => FrameworkSchema.parse({ ...framework, competencies: [...framework.competencies, ...competencies], roles: [...framework.roles, role] })).not.toThrow();
  });

  it('an engineering role the catalogue measures gains no competencies', () => {
    expect(roleForFramework(extracted(), framework).competencies).toEqual([]);
  });
});

function extracted() {
  return ingestJobDescription(markdownToBlocks(JD, 'jd.md'), { framework: testFramework() }).roles[0]!;
}
