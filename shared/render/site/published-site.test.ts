import { describe, expect, it } from 'vitest';
import { readAssessmentCsv } from '../../ingest/assessment';
import { findRole } from '../../model/framework';
import { ObjectivesFileSchema } from '../../model/profile';
import { testFramework } from '../../test/fixtures';
import { publishedSite } from './published-site';

const pages = (files: Record<string, string>) => Object.entries(files).filter(([name]) => name.endsWith('.html'));
const text = (page: string) => page.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('published career paths', () => {
  it('has a home page, a page per track, per role and per move, and the files to start a plan', () => {
    const files = publishedSite(testFramework());
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(['index.html', 'competencies.html', 'start-a-plan.html', 'framework.json', 'track-engineering.html', 'track-management.html', 'track-product.html', 'role-eng2.html', 'role-senior.html', 'move-eng2-to-senior.html', 'move-senior-to-em.html', 'move-eng2-to-pm.html', 'start/role-senior.objectives.json', 'start/role-senior.assessment.csv']));
    expect(names.filter((n) => n.startsWith('role-'))).toHaveLength(6);
    // every move of the lattice (explicit and the promotions of each track) has its page
    expect(names.filter((n) => n.startsWith('move-'))).toHaveLength(3 + 3);
  });

  it('links only to files it writes, with relative links, and draws each track as a lattice with role links', () => {
    const files = publishedSite(testFramework());
    for (const [name, page] of pages(files)) {
      for (const [, href] of page.matchAll(/href="([^"]+)"/g)) {
        expect(href, `${name} links to ${href}`).not.toMatch(/^(\/|[a-z]+:)/i);
        expect(Object.keys(files), `${name} links to ${href}`).toContain(href!.split('#')[0]);
      }
      // no script runs: the only <script> is the role's schema.org data block, which browsers never execute
      expect(page.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '')).not.toMatch(/<script|src="/);
    }
    const track = files['track-engineering.html']!;
    expect(track).toMatch(/<svg class="lattice"/);
    for (const role of ['role-eng1', 'role-eng2', 'role-senior', 'role-staff']) expect(track).toContain(`<a href="${role}.html"><g class="role`);
    expect(files['index.html']).toMatch(/Moves across tracks[\s\S]*Senior Engineer<\/a> → <a href="role-em.html">Engineering Manager<\/a> <span class="kind">lateral move/);
  });

  it('shows what changes from one level to the next, side by side', () => {
    const page = files();
    const move = text(page['move-eng2-to-senior.html']!);
    expect(move).toContain('Promotion in the Engineering track');
    expect(move).toMatch(/Mentoring — Advanced beginner new/);
    expect(move).toMatch(/System design Advanced beginner Competent raised/);
    expect(move).toMatch(/Coding Competent Proficient raised/);
    expect(move).toMatch(/New responsibilities: Lead projects across teams Mentor engineers Shape technical direction/);
    const role = text(page['role-eng2.html']!);
    expect(role).toMatch(/What changes at the next level Engineer II → Senior Engineer/);
    expect(role).toMatch(/Exploratory projects ?: try the work of another role before deciding: Product Manager exploratory project · Product/);
    expect(role).toMatch(/Coding Craft skill Competent \(3\) Works independently on typical tasks\. 3 of 5/);
    const top = text(page['role-staff.html']!);
    expect(top).toContain('This is the top of the Engineering track');
  });

  it('starts a plan offline: the objectives file and self-assessment read back as trellis plan reads them', () => {
    const fw = testFramework();
    const page = files();
    const objectives = ObjectivesFileSchema.parse(JSON.parse(page['start/role-senior.objectives.json']!));
    expect(findRole(fw, objectives.targetRole!).id).toBe('senior');
    expect(objectives.objectives.proposedRoleId).toBe('senior');
    expect(objectives.objectives.futureRoleDescription).toContain('- Mentor engineers');
    const template = page['start/role-senior.assessment.csv']!;
    expect(template.split('\r\n')[0]).toBe('competency,level,source,date,evidence,required for Senior Engineer');
    const filled = template.replace(/^([^,\r\n]+),,self,/gm, (_line, name: string) => (name === 'competency' ? _line : `${name},3,self,`));
    const read = readAssessmentCsv(filled, fw, { today: '2026-03-01' });
    expect(read.diagnostics).toEqual([]);
    expect(read.assertions.map((a) => a.competencyId).sort()).toEqual(['code', 'comms', 'design', 'domain', 'mentor']);
    // left empty, the template gives an error naming the line, never a silent zero
    expect(readAssessmentCsv(template, fw, { today: '2026-03-01' }).diagnostics[0]).toMatchObject({ severity: 'error', line: 2 });
    expect(page['role-senior.html']).toContain('href="start/role-senior.objectives.json" download');
  });

  it('escapes text from the framework and gives unsafe ids safe, unique file names', () => {
    const fw = testFramework({
      roles: [
        { id: '../../etc/passwd', title: '<script>alert(1)</script>', track: 'T', rank: 1, competencies: [{ competencyId: 'code', level: 2 }] },
        { id: 'a b', title: 'Second', track: 'T', rank: 2, summary: '<img src=x onerror=alert(2)>' },
        { id: 'a-b', title: 'Third', track: 'T', rank: 3 },
      ],
      transitions: [],
    });
    const site = publishedSite(fw);
    for (const name of Object.keys(site)) expect(name).toMatch(/^(start\/)?[a-z0-9.-]+$/);
    expect(Object.keys(site).filter((n) => n.startsWith('role-'))).toEqual(['role-etc-passwd.html', 'role-a-b.html', 'role-a-b-2.html']);
    const all = pages(site).map(([, page]) => page).join('');
    expect(all).not.toContain('<script>alert(1)');
    expect(all).not.toContain('<img src=x');
    expect(site['role-etc-passwd.html']).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('each role page carries schema.org Occupation JSON-LD, and the ladder\'s words for each level', () => {
    const fw = testFramework();
    const hostile = '</script><script>alert(1)</script>';
    const described = {
      ...fw,
      roles: fw.roles.map((r) => (r.id === 'senior' ? { ...r, summary: `Leads projects ${hostile}`, requirements: { required: ['5 years building services'], preferred: [] } } : r)),
      competencies: fw.competencies.map((c) => (c.id === 'design' ? { ...c, descriptors: [{ level: 3, text: 'Designs services other teams rely on' }] } : c)),
    };
    const files = publishedSite(described);
    const page = files['role-senior.html']!;
    const blocks = [...page.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0]![1]!);
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Occupation', name: 'Senior Engineer', description: `Leads projects ${hostile}`, qualifications: '5 years building services', responsibilities: 'Lead projects across teams; Mentor engineers; Shape technical direction', occupationalCategory: 'Engineering' });
    expect(ld.skills).toContain('System design (Competent)');
    expect(page).not.toContain('<script>alert(1)');
    // the role page and the level diff say what the level looks like in the ladder's words
    expect(text(page)).toMatch(/System design Craft skill Competent \(3\) Designs services other teams rely on/);
    expect(files['move-eng2-to-senior.html']).toContain('<div class="looks-like">Designs services other teams rely on</div>');
  });
});

function files() {
  return publishedSite(testFramework());
}
