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
    // misspelt, or typed without an apostrophe
    ['What youll do', 'responsibilities'],
    ['Requierments', 'requirements'],
    ['Reqirements', 'requirements'],
    ['Qualfications', 'requirements'],
    ['Skils', 'requirements'],
    ['Would be grate', 'preferred'],
    ['Essential', 'requirements'],
    ['Desirable', 'preferred'],
    ['Essential functions', 'responsibilities'],
  ];
  for (const [heading, kind] of cases) it(`"${heading}" → ${kind}`, () => expect(classifyHeading(heading).kind).toBe(kind));

  it('leaves job titles and look-alike words alone', () => {
    for (const heading of ['Graphic Designers', 'Senior Backend Engineer', 'Professional Services Consultant', 'Customer Operations', 'Level 1A', 'Liens', 'Garden maintenance', 'Gradient descent', 'Bing Ads', 'Brighton office']) {
      expect(['other', 'levels'], heading).toContain(classifyHeading(heading).kind);
    }
  });
});

describe('typo tolerance for short stems', () => {
  it('takes a dropped, doubled or swapped letter inside the stem, never a different letter', async () => {
    const { wordStartsWith } = await import('./sections');
    expect(wordStartsWith('reqirements', 'requir')).toBe(true);
    expect(wordStartsWith('requierments', 'requir')).toBe(true);
    expect(wordStartsWith('skils', 'skill')).toBe(true);
    expect(wordStartsWith('grate', 'great')).toBe(true);
    expect(wordStartsWith('designers', 'desir')).toBe(false);
    expect(wordStartsWith('liens', 'licen')).toBe(false);
    expect(wordStartsWith('garden', 'grade')).toBe(false);
  });
});
