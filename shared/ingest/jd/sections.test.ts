import { describe, expect, it } from 'vitest';
import { classifyHeading } from './sections';

describe('section headings by meaning', () => {
  const cases: [string, string][] = [
    ["What you'll do", 'responsibilities'],
    ['Essential duties and responsibilities', 'responsibilities'],
    ['Key responsibilities', 'responsibilities'],
    ['Key accountabilities', 'responsibilities'],
    ['In this role you will', 'responsibilities'],
    ['Resposibilities', 'responsibilities'],
    ['Core tasks', 'responsibilities'],
    ["What you'll bring", 'requirements'],
    ['Minimum qualifications', 'requirements'],
    ['Requirments', 'requirements'],
    ['Qualifcations', 'requirements'],
    ['About you', 'requirements'],
    ['Who you are', 'requirements'],
    ['The ideal candidate', 'requirements'],
    ["What you'll need", 'requirements'],
    ['Person specification', 'requirements'],
    ['Essential criteria', 'requirements'],
    ['Skills and experience', 'requirements'],
    ['Professional experience', 'requirements'],
    ['Bonus points', 'preferred'],
    ['Nice-to-haves', 'preferred'],
    ['Preferred qualifications', 'preferred'],
    ['Desirable criteria', 'preferred'],
    ['It would be great if you also have', 'preferred'],
    ['About the role', 'summary'],
    ['Job purpose', 'summary'],
    ['Education', 'education'],
    ['Licenses and certifications', 'certifications'],
    ['Benefits', 'benefits'],
    ['What we offer', 'benefits'],
    ['How to apply', 'process'],
    ['Equal opportunity employer', 'process'],
    ['About us', 'company'],
  ];
  for (const [heading, kind] of cases) it(`"${heading}" → ${kind}`, () => expect(classifyHeading(heading).kind).toBe(kind));

  it('leaves job titles and look-alike words alone', () => {
    for (const heading of ['Graphic Designers', 'Senior Backend Engineer', 'Professional Services Consultant', 'Customer Operations', 'Level 1A']) {
      expect(['other', 'levels'], heading).toContain(classifyHeading(heading).kind);
    }
  });
});
