// `trellis role`'s reading of a file: the formats job descriptions are published in, JSON postings, JobPosting JSON-LD,
// and the files people pick by mistake. Fixtures are our own writing, each following a shape met in the corpus.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileFormatError } from '../../shared/model/files';
import { readJobDescriptionFile } from './read-job-description';

const dir = mkdtempSync(join(tmpdir(), 'trellis-jd-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
async function refusal(path: string): Promise<string> {
  try {
    const result = await readJobDescriptionFile(path);
    return `accepted: ${result.roles.map((r) => r.title).join(', ')}`;
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return (error as FileFormatError).message;
  }
}

const POSTING_MD = '---\ntitle: "Payroll Officer"\n---\n\n## Responsibilities\n\n- Run the monthly payroll\n\n<%= partial("apply") %>\n\n## Requirements\n\n- 3 years of payroll experience\n';

describe('formats job descriptions are published in', () => {
  it.each(['payroll.html.md.erb', 'payroll.markdown', 'payroll', 'payroll.erb'])('reads %s', async (name) => {
    const result = await readJobDescriptionFile(file(name, POSTING_MD));
    expect(result.roles.map((r) => r.title)).toEqual(['Payroll Officer']);
    expect(result.roles[0]!.responsibilities.map((i) => i.text)).toEqual(['Run the monthly payroll']);
    expect(result.roles[0]!.experienceYears).toBe(3);
  });

  it('reads an .htm page without an extension by its content', async () => {
    const result = await readJobDescriptionFile(file('posting-page', '<!doctype html><html><head><title>Night Nurse | St Anne’s Careers</title></head><body><h2>Duties</h2><ul><li>Assess patients</li></ul><h2>Requirements</h2><ul><li>Current BLS certification</li></ul></body></html>'));
    expect(result.roles[0]!.title).toBe('Night Nurse');
    expect(result.roles[0]!.certifications.map((c) => c.text)).toEqual(['Current BLS certification']);
  });
});

describe('postings kept as data', () => {
  it('reads a careers page by its schema.org JobPosting JSON-LD first', async () => {
    const jsonLd = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Retail Store Manager', occupationalCategory: 'Retail', employmentType: 'FULL_TIME', jobLocation: { '@type': 'Place', address: { addressLocality: 'Leeds', addressCountry: 'GB' } }, description: '<p>Run a busy store.</p><p><strong>Responsibilities</strong></p><ul><li>Lead a team of 12</li><li>Own the store P&amp;L</li></ul>', qualifications: '<ul><li>3+ years of experience managing a retail store</li></ul>', skills: ['Visual merchandising', 'Scheduling'] };
    const html = `<html><head><title>Jobs | Example</title><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body><nav>Home · Jobs</nav><h1>Careers at Example</h1></body></html>`;
    const [role] = (await readJobDescriptionFile(file('store-manager.html', html))).roles;
    expect(role!.title).toBe('Retail Store Manager');
    expect(role!.location).toBe('Leeds, GB');
    expect(role!.responsibilities.map((i) => i.text)).toEqual(['Lead a team of 12', 'Own the store P&L']);
    expect(role!.experienceYears).toBe(3);
    expect(role!.requirements.map((i) => i.text)).toContain('Visual merchandising');
  });

  it('reads a JSON file of postings as one role per posting, a GeoJSON of postings too', async () => {
    const postings = [
      { title: 'Sales Associate', description: 'Responsibilities:\n- Help customers find what they need\n- Keep the shop floor tidy\n\nRequirements:\n- Friendly and reliable' },
      { title: 'Cashier', description: 'Responsibilities:\n- Run the till and take payments\n\nRequirements:\n- Comfortable handling cash' },
    ];
    const json = await readJobDescriptionFile(file('jobs.json', JSON.stringify({ jobs: postings })));
    expect(json.roles.map((r) => r.title)).toEqual(['Sales Associate', 'Cashier']);
    expect(json.roles[0]!.responsibilities.map((i) => i.text)).toEqual(['Help customers find what they need', 'Keep the shop floor tidy']);
    expect(json.transitions).toEqual([]);
    const geo = { type: 'FeatureCollection', features: postings.map((properties, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [i, i] }, properties })) };
    const fromGeo = await readJobDescriptionFile(file('jobs.geojson', JSON.stringify(geo)));
    expect(fromGeo.roles.map((r) => r.title)).toEqual(['Sales Associate', 'Cashier']);
  });
});

describe('files that are not job descriptions are refused, naming what they look like', () => {
  it('JSON without postings', async () => {
    expect(await refusal(file('competencies.json', JSON.stringify({ levels: [{ name: 'n00b', criteria: ['writes code'] }] })))).toMatch(/JSON file with no job postings/);
  });

  it('a PNG image, whatever its name says', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    expect(await refusal(file('posting.md', png))).toMatch(/PNG image, not a job description/);
  });

  it('a calendar page', async () => {
    expect(await refusal(file('day.html', '<html><head><title>Google Calendar</title></head><body><div>Mon 7</div><div>9 AM</div><div>1:1 with Sam</div></body></html>'))).toMatch(/calendar page/);
  });

  it('spreadsheets, saved as workbooks or as text', async () => {
    expect(await refusal(file('matrix.xlsx', 'PK'))).toMatch(/spreadsheet \(\.xlsx\)/);
    expect(await refusal(file('matrix.txt', 'competency\tlevel\tdescription\nSQL\t1\tWrites queries\nSQL\t2\tTunes queries\nPython\t1\tWrites scripts\n'))).toMatch(/spreadsheet saved as text \(3 columns separated by tabs, 4 rows\)/);
  });
});

describe('postings kept where a site keeps them', () => {
  // a job-board page saved from a PHP site (Azadea "Sales Associate" on a Bayt-style board): server tags around HTML,
  // typed bullets split by <br />, a "Key Accountabilities" line heading them, a similar-jobs table
  it('reads a .php job-board page as HTML, with its server tags left out', async () => {
    const page = [
      "<?php include('../header.php'); ?>", '<main><h1 class="panel-title"><strong>Shop Assistant</strong></h1>', '<h3>Job description / Role</h3>',
      '<p>The Shop Assistant serves customers on the shop floor.<br />', 'Key Accountabilities <br />', '•\tGreet customers and offer help<br />', '•\tReplenish the shelves<br />',
      '</p>', '<h4>Requirements</h4>', '<p>•\tA degree is a plus<br />', '•\tFluency in English<br />', '<br />', 'Competencies<br />', '•\tTeamwork</p>',
      '<h4>About the Company</h4><p>We run 600 stores.</p>', '<a href="<?php echo $base_url; ?>jobs/other.php">Other jobs</a></main>',
    ].join('\n');
    const [role] = (await readJobDescriptionFile(file('shop-assistant.php', page))).roles;
    expect(role!.title).toBe('Shop Assistant');
    expect(role!.responsibilities.map((i) => i.text)).toEqual(['Greet customers and offer help', 'Replenish the shelves']);
    expect(role!.requirements.map((i) => i.text)).toEqual(['Fluency in English', 'Teamwork']);
    expect(role!.preferred.map((i) => i.text)).toEqual(['A degree is a plus']);
    expect(role!.summary).toMatch(/serves customers/);
  });

  // a CMS that keeps its postings in the front matter ("positions: - title … description: >- …"), the body empty
  it('reads postings kept in the YAML front matter, one role each, titled without "(posted …)"', async () => {
    const md = [
      '---', 'name: Riverside', 'positions:', '  - description: >-', '      We are hiring a shop lead.', '', '', '      Responsibilities Include:', '', '', '      * Open the shop', '', '      * Count the till', '',
      '', '      Qualifications:', '', '', '      * 1 year+ retail experience', '    title: SHOP LEAD (posted May 2023)', '  - description: Help customers choose plants and keep the greenhouse watered every day.', '    title: Greenhouse Assistant', '---', '',
    ].join('\n');
    const result = await readJobDescriptionFile(file('riverside.md', md));
    expect(result.roles.map((r) => r.title)).toEqual(['SHOP LEAD', 'Greenhouse Assistant']);
    expect(result.roles[0]!.responsibilities.map((i) => i.text)).toEqual(['Open the shop', 'Count the till']);
    expect(result.roles[0]!.experienceYears).toBe(1);
    expect(result.roles[0]!.responsibilities[0]!.line).toBe(5);
  });
});
