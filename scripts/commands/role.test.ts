import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../cli/io';
import { docx, para } from '../test-support/docx';
import { main } from '../trellis';
import { cliWorkspace } from './cli-fixtures';

const EXAMPLE = readFileSync(fileURLToPath(new URL('../../examples/job-description.md', import.meta.url)), 'utf8');

function workspaceWith(name: string, text: string): string {
  const dir = cliWorkspace();
  writeFileSync(join(dir, name), text);
  return dir;
}

describe('trellis role', () => {
  it('prints the roles as JSON, with arrays of strings and where each item came from', async () => {
    const io = captureIO(workspaceWith('jd.md', EXAMPLE));
    expect(await main(['role', 'jd.md', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.diagnostics).toEqual([]);
    const [role] = out.roles;
    expect(role).toMatchObject({
      title: 'Senior Engineer, Payments Platform',
      level: 'Senior',
      department: 'Engineering',
      reportsTo: 'Engineering Manager, Payments',
      location: 'Hybrid (London or Lisbon)',
      experienceYears: 5,
      education: ["Bachelor's degree in computer science or equivalent practical experience"],
      certifications: ['AWS Certified Solutions Architect or a similar certification'],
    });
    expect(role.summary).toMatch(/^As a Senior Engineer on the Payments Platform team/);
    expect(role.responsibilities).toHaveLength(6);
    expect(role.responsibilities.every((r: unknown) => typeof r === 'string')).toBe(true);
    expect(role.requirements[0]).toBe('5+ years of professional software engineering experience');
    expect(role.preferred).toEqual(['Domain knowledge of payments: card schemes, settlement, reconciliation', 'Experience hiring and interviewing engineers', 'AWS Certified Solutions Architect or a similar certification']);
    expect(role.competencies.length).toBeGreaterThan(0);
    for (const c of role.competencies) expect(c).toEqual(expect.objectContaining({ name: expect.any(String), evidence: expect.any(String), line: expect.any(Number) }));
    expect(role.sources.responsibilities[0]).toEqual({ line: 14, block: 5 });
    expect(role.sources.requirements).toHaveLength(6);
  });

  it('matches competencies to the framework given with --framework', async () => {
    const io = captureIO(workspaceWith('jd.md', EXAMPLE));
    expect(await main(['role', 'jd.md', '--framework', 'framework.json', '--json'], io)).toBe(0);
    const [role] = JSON.parse(io.out()).roles;
    expect(role.frameworkRole).toBe('Senior Engineer');
    const matched = role.competencies.filter((c: { matched: boolean }) => c.matched).map((c: { name: string }) => c.name);
    expect(matched).toEqual(expect.arrayContaining(['Coding', 'System design', 'Communication', 'Mentoring', 'Domain knowledge']));
    expect(role.competencies.find((c: { name: string }) => c.name === 'Coding')).toMatchObject({ competencyId: 'code', level: 4, evidence: 'Strong coding skills in a typed language, and a habit of testing', line: 24 });
  });

  it("finds the framework's role behind an abbreviated title with a team: \"Sr. Software Engineer (Payments)\" is \"Senior Engineer\"", async () => {
    const io = captureIO(workspaceWith('jd.md', EXAMPLE.replace('# Senior Engineer, Payments Platform', '# Sr. Software Engineer (Payments)')));
    expect(await main(['role', 'jd.md', '--framework', 'framework.json', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).roles[0]).toMatchObject({ title: 'Sr. Software Engineer (Payments)', frameworkRole: 'Senior Engineer' });
  });

  it('prints a readable summary without --json, and the promotions of a job family', async () => {
    const family = ['# Recruiter', '## Responsibilities', '- Source candidates', '## Requirements', '- 1 year of experience', '# Senior Recruiter', '## Responsibilities', '- Includes everything in the level below, plus:', '- Coach hiring managers', '## Requirements', '- 3 years of experience'].join('\n');
    const io = captureIO(workspaceWith('family.md', family));
    expect(await main(['role', 'family.md'], io)).toBe(0);
    expect(io.out()).toContain('Senior Recruiter  (Senior · 3+ years)');
    expect(io.out()).toContain('    - Coach hiring managers (line 9)');
    expect(io.out()).toContain('Promotions: Recruiter → Senior Recruiter');
  });

  it('reads .txt, .html and .docx through the same command', async () => {
    const dir = workspaceWith('jd.txt', 'Nurse\n\nRESPONSIBILITIES\n- Give medication\n\nREQUIREMENTS\n- Registered nurse licence\n');
    writeFileSync(join(dir, 'jd.html'), '<h1>Nurse</h1><p><b>Responsibilities</b></p><ul><li>Give medication</li></ul>');
    for (const file of ['jd.txt', 'jd.html']) {
      const io = captureIO(dir);
      await main(['role', file, '--json'], io);
      const [role] = JSON.parse(io.out()).roles;
      expect([file, role.title, role.responsibilities]).toEqual([file, 'Nurse', ['Give medication']]);
    }
  });

  it('says "paragraph N" for a Word document, in the readable summary, the JSON and the messages', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'jd.docx'), await docx([para('Nurse', { style: 'Heading1' }), para(''), para('Responsibilities', { bold: true }), para('Give medication', { list: 0 })].join('')));
    const io = captureIO(dir);
    expect(await main(['role', 'jd.docx'], io)).toBe(0);
    expect(io.out()).toContain('    - Give medication (paragraph 4)');
    expect(io.out()).not.toMatch(/\(line \d+\)/);
    // the missing requirements are reported at the title's paragraph
    expect(io.err()).toContain('warning: jd.docx, paragraph 1: no requirements found');
    const json = captureIO(dir);
    expect(await main(['role', 'jd.docx', '--json'], json)).toBe(0);
    const out = JSON.parse(json.out());
    expect(out.roles[0].sources.responsibilities).toEqual([{ paragraph: 4, block: 2 }]);
    expect(out.diagnostics[0]).toMatchObject({ paragraph: 1, block: 0 });
    expect(json.out()).not.toContain('"line"');
  });

  it('explains unknown formats, a missing file and a missing argument', async () => {
    const io = captureIO(cliWorkspace());
    expect(await main(['role', 'jd.pdf'], io)).toBe(1);
    expect(io.err()).toContain('jd.pdf: ".pdf" is not a job-description format Trellis reads; use .md, .markdown, .html, .htm, .docx, .txt');
    const missing = captureIO(cliWorkspace());
    expect(await main(['role', 'nowhere.md'], missing)).toBe(1);
    expect(missing.err()).toContain('nowhere.md: no such file');
    const none = captureIO(cliWorkspace());
    expect(await main(['role'], none)).toBe(2);
    expect(none.err()).toContain('usage: trellis role');
  });

  it('with --json, a document or framework it cannot read is a JSON error on stdout, not silence', async () => {
    const dir = workspaceWith('broken.docx', 'not a zip file');
    const io = captureIO(dir);
    expect(await main(['role', 'broken.docx', '--json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toEqual({ roles: [], transitions: [], diagnostics: [{ severity: 'error', file: 'broken.docx', message: expect.stringContaining('cannot be read as a Word document') }] });
    writeFileSync(join(dir, 'jd.md'), EXAMPLE);
    writeFileSync(join(dir, 'bad.json'), '{ "kind": ');
    const bad = captureIO(dir);
    expect(await main(['role', 'jd.md', '--framework', 'bad.json', '--json'], bad)).toBe(1);
    expect(JSON.parse(bad.out()).diagnostics).toEqual([expect.objectContaining({ severity: 'error', file: 'bad.json', message: expect.stringContaining('not valid JSON') })]);
  });

  it('fails with the error on stdout in --json when the document is empty', async () => {
    const io = captureIO(workspaceWith('empty.md', '\n\n'));
    expect(await main(['role', 'empty.md', '--json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toEqual({ roles: [], transitions: [], diagnostics: [expect.objectContaining({ severity: 'error', file: 'empty.md' })] });
  });
});
