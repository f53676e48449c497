import { describe, expect, it } from 'vitest';
import { testFramework } from '../../test/fixtures';
import { markdownToBlocks } from '../document/markdown';
import { frameworkRoleFor, ingestJobDescription } from '../job-description';
import { expandAbbreviations, normalisedTitle } from './title-match';

const framework = testFramework();
const match = (title: string, extra: { department?: string; management?: boolean } = {}) => frameworkRoleFor({ title, track: '', ...extra }, framework)?.title;

describe("a job description's title matched to the framework's role", () => {
  it('expands the abbreviations postings use and drops the team', () => {
    expect(expandAbbreviations('Sr. Eng Mgr')).toBe('Senior Engineering Manager');
    expect(expandAbbreviations('Jr Software Eng.')).toBe('Junior Software Engineer');
    expect(normalisedTitle('Sr. Engineer (Payments)')).toBe('senior engineer');
    expect(normalisedTitle('Senior Engineer, Payments Platform')).toBe('senior engineer');
    expect(normalisedTitle('Manager, Field Marketing')).toBe('manager, field marketing');
  });

  it('matches equal titles once normalised, and the one role whose title words are all in the job title at the same seniority', () => {
    expect(match('Sr. Software Engineer (Payments)')).toBe('Senior Engineer');
    expect(match('Staff Eng.')).toBe('Staff Engineer');
    expect(match('Eng Mgr')).toBe('Engineering Manager');
    expect(match('Software Engineer II - Payments')).toBe('Engineer II');
    // the full example: the title, read from the page, is the framework's Senior Engineer
    const md = ['# Sr. Software Engineer (Payments)', '**Department:** Engineering', '## Requirements', '- Strong coding skills'].join('\n');
    const read = ingestJobDescription(markdownToBlocks(md, 'jd.md'), { framework }).roles[0]!;
    expect(frameworkRoleFor(read, framework)?.id).toBe('senior');
  });

  it('never matches a wrong role: another seniority, another department, a manager, or more than one candidate', () => {
    expect(match('Principal Software Engineer')).toBeUndefined();
    expect(match('Junior Engineer')).toBeUndefined();
    expect(match('Senior Sales Engineer', { department: 'Sales' })).toBeUndefined();
    expect(match('Senior Software Engineer', { department: 'Engineering' })).toBe('Senior Engineer');
    expect(match('Senior Engineering Manager')).toBeUndefined();
    expect(match('Engineering Manager 7')).toBeUndefined();
    expect(match('Staff Engineer L6')).toBeUndefined();
    expect(match('Senior Engineer Lead', { management: true })).toBeUndefined();
    const two = testFramework({ roles: [...framework.roles, { id: 'senior-data', title: 'Senior Data Engineer', track: 'Data', rank: 1, competencies: [] }] });
    expect(frameworkRoleFor({ title: 'Senior Data Engineer (Payments)', track: '' }, two)?.id).toBe('senior-data');
    expect(frameworkRoleFor({ title: 'Senior Data Software Engineer', track: '' }, two)).toBeUndefined();
  });
});
