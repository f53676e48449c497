import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './document/html';
import { markdownToBlocks } from './document/markdown';
import { textToBlocks } from './document/text';
import { ingestJobDescription, type ExtractedRole } from './job-description';

const texts = (list: { text: string }[]) => list.map((i) => i.text);
const one = (md: string): ExtractedRole => {
  const result = ingestJobDescription(markdownToBlocks(md, 'jd.md'));
  expect(result.roles).toHaveLength(1);
  return result.roles[0]!;
};

describe('a single job description', () => {
  it('reads headings however they are worded or misspelt', () => {
    const role = one(
      [
        '# Data Analyst',
        '',
        '## Essential duties and resposibilities',
        '- Build weekly dashboards for the sales team',
        '- Answer ad-hoc questions from finance',
        '',
        '## What you will bring',
        '- 3+ years of experience with SQL',
        '- Strong communication skills',
        '',
        '## Bonus points',
        '- Experience with dbt',
        '',
        '## Minimum qualifcations',
        "- Bachelor's degree in statistics or a related field",
      ].join('\n'),
    );
    expect(role.title).toBe('Data Analyst');
    expect(texts(role.responsibilities)).toEqual(['Build weekly dashboards for the sales team', 'Answer ad-hoc questions from finance']);
    expect(texts(role.requirements)).toEqual(['3+ years of experience with SQL', 'Strong communication skills', "Bachelor's degree in statistics or a related field"]);
    expect(texts(role.preferred)).toEqual(['Experience with dbt']);
    expect(role.experienceYears).toBe(3);
    expect(texts(role.education)).toEqual(["Bachelor's degree in statistics or a related field"]);
    // every item says where it came from
    expect(role.responsibilities[0]).toMatchObject({ line: 4 });
    expect(role.preferred[0]).toMatchObject({ line: 12 });
  });

  it('reads labelled fields, bold lines used as headings, and keeps benefits, hiring process and EEO out', () => {
    const role = one(
      [
        '**Job title:** Senior Accountant',
        '**Department:** Finance',
        '**Reports to:** Head of Finance',
        '**Location:** Remote (UK)',
        '',
        '**About the role**',
        '',
        'You will own month-end close for our UK entities.',
        '',
        '**Key responsibilities**',
        '',
        '- Prepare monthly management accounts',
        '- Reconcile balance sheet accounts',
        '',
        '**Requirements**',
        '',
        '- ACCA or CIMA qualified',
        '- 4 years of post-qualification experience',
        '',
        '**What we offer**',
        '',
        '- 30 days of holiday',
        '- A learning budget',
        '',
        '**Our hiring process**',
        '',
        '- A 30 minute screening call',
        '',
        'Acme is an equal opportunity employer and values diversity.',
      ].join('\n'),
    );
    expect(role).toMatchObject({ title: 'Senior Accountant', department: 'Finance', reportsTo: 'Head of Finance', location: 'Remote (UK)', level: 'Senior', experienceYears: 4 });
    expect(role.summary).toBe('You will own month-end close for our UK entities.');
    expect(texts(role.responsibilities)).toEqual(['Prepare monthly management accounts', 'Reconcile balance sheet accounts']);
    expect(texts(role.requirements)).toEqual(['ACCA or CIMA qualified', '4 years of post-qualification experience']);
    expect(texts(role.certifications)).toEqual(['ACCA or CIMA qualified']);
    const everything = JSON.stringify(role);
    expect(everything).not.toContain('holiday');
    expect(everything).not.toContain('screening call');
    expect(everything).not.toContain('equal opportunity');
  });

  it('sorts a description without any headings by how its sentences read', () => {
    const result = ingestJobDescription(
      textToBlocks(
        [
          "We're looking for a Senior Data Engineer to join our Data Platform team. You will design and run the pipelines that feed our analytics.",
          'You will also mentor two junior engineers. You have 5+ years of experience building data pipelines in Python.',
          'Experience with Airflow is a plus. We offer a competitive salary and 25 days of annual leave.',
        ].join('\n\n'),
        'jd.txt',
      ),
    );
    const role = result.roles[0]!;
    expect(role.title).toBe('Senior Data Engineer');
    expect(role.team).toBe('Data Platform');
    expect(texts(role.responsibilities)).toEqual(['You will design and run the pipelines that feed our analytics.', 'You will also mentor two junior engineers.']);
    expect(texts(role.requirements)).toEqual(['You have 5+ years of experience building data pipelines in Python.']);
    expect(texts(role.preferred)).toEqual(['Experience with Airflow is a plus.']);
    expect(role.experienceYears).toBe(5);
    expect(JSON.stringify(role)).not.toContain('salary');
  });

  it('reads plain text with UPPERCASE headings, Label: headings and bullets of every kind', () => {
    const text = [
      'Warehouse Team Lead',
      '',
      'Location: Leeds',
      'Reports to: Site Manager',
      '',
      'RESPONSIBILITIES',
      '* Plan the shift rota',
      '* Run the morning safety briefing',
      '  - including the fire drill each quarter',
      '',
      'Requirements:',
      '1. Forklift licence',
      '2. Two years of experience leading a team',
      '',
      'NICE TO HAVE',
      '• First aid certificate',
    ].join('\n');
    const role = ingestJobDescription(textToBlocks(text, 'jd.txt')).roles[0]!;
    expect(role).toMatchObject({ title: 'Warehouse Team Lead', location: 'Leeds', reportsTo: 'Site Manager', experienceYears: 2 });
    expect(texts(role.responsibilities)).toEqual(['Plan the shift rota', 'Run the morning safety briefing', 'including the fire drill each quarter']);
    expect(texts(role.requirements)).toEqual(['Forklift licence', 'Two years of experience leading a team']);
    expect(texts(role.preferred)).toEqual(['First aid certificate']);
    expect(texts(role.certifications)).toEqual(['Forklift licence', 'First aid certificate']);
    expect(role.requirements[0]!.line).toBe(12);
  });

  it('moves misplaced items where a person expects them', () => {
    const role = one(
      ['# Marketing Manager', '## Responsibilities', '- Run the quarterly campaign calendar', '- 8+ years of experience in B2B marketing', '- Excellent communicator with senior stakeholders', '## Requirements', '- Plan and operate the budget transparently across regions', '- Fluent Spanish', "- Master's degree preferred"].join('\n'),
    );
    expect(texts(role.responsibilities)).toEqual(['Run the quarterly campaign calendar', 'Plan and operate the budget transparently across regions']);
    expect(texts(role.requirements)).toEqual(['8+ years of experience in B2B marketing', 'Excellent communicator with senior stakeholders', 'Fluent Spanish']);
    expect(texts(role.preferred)).toEqual(["Master's degree preferred"]);
    expect(role.experienceYears).toBe(8);
  });

  it('joins "Experience with:" and its nested bullets into one requirement', () => {
    const role = one(['# Backend Developer', '## Requirements', '- Experience with:', '  - PostgreSQL', '  - Kafka', '- Clear writing'].join('\n'));
    expect(texts(role.requirements)).toEqual(['Experience with: PostgreSQL; Kafka', 'Clear writing']);
  });

  it('warns about a document with no requirements and an unknown title, and errors on an empty one', () => {
    const result = ingestJobDescription(markdownToBlocks('Some words about the weather.\n', 'notes.md'));
    expect(result.roles[0]!.title).toBe('notes');
    expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/no job title found[\s\S]*no requirements found/);
    expect(result.diagnostics.every((d) => d.file === 'notes.md')).toBe(true);
    const empty = ingestJobDescription({ blocks: [] }, { file: 'empty.md' });
    expect(empty.roles).toEqual([]);
    expect(empty.diagnostics).toEqual([expect.objectContaining({ severity: 'error', file: 'empty.md' })]);
  });
});

describe('Google Docs exported as HTML', () => {
  const html = `<html><head><title>Product Designer</title><style>.c1{font-weight:700}.c2{font-style:italic}ul.lst-kix_a1-0{list-style-type:disc}</style></head><body>
<p class="title"><span>Product Designer</span></p>
<p><span></span></p>
<p><span class="c1">Department:</span><span> Design</span></p>
<p><span class="c1">What you’ll do</span></p>
<ul class="lst-kix_a1-0 start"><li><span>Run usability studies</span></li></ul>
<ul class="lst-kix_a1-1 start"><li><span>with customers and with the sales team</span></li></ul>
<ul class="lst-kix_a1-0"><li><span>Own the design system</span></li></ul>
<p><span></span></p>
<p><span class="c1">Who you are</span></p>
<ul class="lst-kix_b2-0 start"><li><span>Expert in Figma</span></li><li><span>A portfolio of shipped products</span></li></ul>
<table><tr><td colspan="2"><p><span class="c1">Nice to have</span></p></td></tr>
<tr><td rowspan="2"><p><span>Research</span></p></td><td><p><span>Experience running diary studies</span></p></td></tr>
<tr><td><p><span>Experience with card sorting</span></p></td></tr></table>
</body></html>`;

  it('reads class-based bold headings, lst-kix nesting, empty paragraphs and merged table cells', () => {
    const doc = htmlToBlocks(html, 'designer.html');
    const nested = doc.blocks.find((b) => b.type === 'list-item' && b.text.startsWith('with customers'));
    expect(nested).toMatchObject({ depth: 1 });
    const role = ingestJobDescription(doc).roles[0]!;
    expect(role).toMatchObject({ title: 'Product Designer', department: 'Design' });
    expect(texts(role.responsibilities)).toEqual(['Run usability studies', 'with customers and with the sales team', 'Own the design system']);
    expect(texts(role.requirements)).toEqual(['Expert in Figma', 'A portfolio of shipped products']);
    // the merged "Research" cell covers both rows; a spanning row heads the table's section
    expect(texts(role.preferred)).toEqual(['Experience running diary studies', 'Experience with card sorting']);
    expect(role.preferred.every((p) => p.line !== undefined && p.block !== undefined)).toBe(true);
  });
});

const FAMILY = [
  '---',
  'title: "Support Engineer Roles"',
  '---',
  '',
  'Support Engineers help customers succeed with our product.',
  '',
  '## Support Engineer',
  '',
  '### Responsibilities',
  '- Answer customer tickets within the agreed response times',
  '- Write help-centre articles',
  '',
  '### Requirements',
  '- 2+ years of experience in a customer-facing technical role',
  '- Clear written English',
  '',
  '## Senior Support Engineer',
  '',
  'The Senior Support Engineer will report to the Support Manager.',
  '',
  '### Responsibilities',
  'This role includes all of the responsibilities above, plus:',
  '- Lead escalations for enterprise customers',
  '',
  '### Requirements',
  'This role includes all of the requirements above, plus:',
  '- 5+ years of experience in technical support',
  '',
  '## Staff Support Engineer',
  '',
  '### Responsibilities',
  '- Includes everything in the level below, plus:',
  '- Design the support tooling roadmap',
  '- 8+ years of experience in technical support',
  '',
  '## Support Manager',
  '',
  '### Responsibilities',
  '- Manage a team of support engineers',
  '',
  '### Requirements',
  '- Experience managing people',
  '',
  '## Hiring process',
  '- A call with a recruiter',
].join('\n');

describe('a job-family page', () => {
  const result = ingestJobDescription(markdownToBlocks(FAMILY, 'support.md'));
  const byTitle = Object.fromEntries(result.roles.map((r) => [r.title, r]));

  it('becomes one role per level, in order, on one track with promotions', () => {
    expect(result.roles.map((r) => r.title)).toEqual(['Support Engineer', 'Senior Support Engineer', 'Staff Support Engineer', 'Support Manager']);
    expect(result.roles.map((r) => [r.track, r.rank])).toEqual([
      ['Support Engineer', 1],
      ['Support Engineer', 2],
      ['Support Engineer', 3],
      ['Support Engineer', 4],
    ]);
    expect(result.transitions).toEqual([
      { from: 'Support Engineer', to: 'Senior Support Engineer', type: 'promotion' },
      { from: 'Senior Support Engineer', to: 'Staff Support Engineer', type: 'promotion' },
      { from: 'Staff Support Engineer', to: 'Support Manager', type: 'promotion' },
    ]);
    expect(byTitle['Support Engineer']).toMatchObject({ level: 'Intermediate', levelOrder: 2, management: false });
    expect(byTitle['Support Manager']).toMatchObject({ management: true });
    expect(byTitle['Senior Support Engineer']).toMatchObject({ reportsTo: 'Support Manager', summary: 'The Senior Support Engineer will report to the Support Manager.' });
    expect(byTitle['Support Engineer']!.summary).toBe('Support Engineers help customers succeed with our product.');
  });

  it('gives an inheriting level the items of the level it builds on, kind by kind, in a chain', () => {
    expect(texts(byTitle['Senior Support Engineer']!.responsibilities)).toEqual(['Answer customer tickets within the agreed response times', 'Write help-centre articles', 'Lead escalations for enterprise customers']);
    expect(texts(byTitle['Senior Support Engineer']!.requirements)).toEqual(['2+ years of experience in a customer-facing technical role', 'Clear written English', '5+ years of experience in technical support']);
    // Staff inherits only responsibilities (the cue sat under Responsibilities) but gets Senior's, which include Intermediate's
    const staff = byTitle['Staff Support Engineer']!;
    expect(texts(staff.responsibilities)).toEqual(['Answer customer tickets within the agreed response times', 'Write help-centre articles', 'Lead escalations for enterprise customers', 'Design the support tooling roadmap']);
    // the years sat under Responsibilities: a person files them under requirements
    expect(texts(staff.requirements)).toEqual(['8+ years of experience in technical support']);
    expect(staff.experienceYears).toBe(8);
    // the level's own years win over the inherited ones
    expect(byTitle['Senior Support Engineer']!.experienceYears).toBe(5);
    // inherited items point at their source lines
    expect(staff.responsibilities[0]!.line).toBe(10);
  });

  it('reads past the hiring process and says so', () => {
    expect(JSON.stringify(result.roles)).not.toContain('recruiter');
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', message: expect.stringContaining('Hiring process'), file: 'support.md', line: 44 }));
  });

  it('reads Roman-numeral levels written as plain paragraphs, with the experience line of each', () => {
    const md = ['# Analyst I', '', 'Prepares weekly reports for the team.', '', '__Experience: Typically requires no prior experience.__', '', '# Analyst II', '', 'Owns the monthly forecast.', '', '__Experience: Typically requires a minimum of 3 years of professional experience.__', '', '# Analyst III', '', 'Leads the forecasting process across regions.', '', '_At this level, analysts coach others._'].join('\n');
    const roman = ingestJobDescription(markdownToBlocks(md, 'analyst.md'));
    expect(roman.roles.map((r) => [r.title, r.level, r.levelOrder, r.rank])).toEqual([
      ['Analyst I', 'I', 1, 1],
      ['Analyst II', 'II', 2, 2],
      ['Analyst III', 'III', 3, 3],
    ]);
    expect(roman.roles.map((r) => r.experienceYears)).toEqual([0, 3, undefined]);
    expect(texts(roman.roles[1]!.responsibilities)).toEqual(['Owns the monthly forecast.']);
    expect(roman.roles[2]!.summary).toBe('At this level, analysts coach others.');
  });

  it('reads bare level headings under a family heading, most senior first, and "## Level" sections', () => {
    const md = ['# Product Manager', '## Principal', '### Responsibilities', '- Set the product strategy', '## Senior', '### Responsibilities', '- Own a product area', '## Associate', '### Responsibilities', '- Ship features with guidance'].join('\n');
    const page = ingestJobDescription(markdownToBlocks(md));
    expect(page.roles.map((r) => r.title)).toEqual(['Associate Product Manager', 'Senior Product Manager', 'Principal Product Manager']);
    expect(page.transitions.map((t) => t.to)).toEqual(['Senior Product Manager', 'Principal Product Manager']);
    const levels = ingestJobDescription(markdownToBlocks(['# Nursing', '## Level 1', '### Duties', '- Record observations', '## Level 2', '### Duties', '- Includes all duties of level 1, plus:', '- Supervise students'].join('\n')));
    expect(levels.roles.map((r) => r.title)).toEqual(['Nursing Level 1', 'Nursing Level 2']);
    expect(texts(levels.roles[1]!.responsibilities)).toEqual(['Record observations', 'Supervise students']);
  });

  it('puts managers on their own track when they sit beside the senior individual contributors', () => {
    const md = ['# Engineers', '## Engineer', '### Job grade', 'The Engineer is a grade 6.', '### Responsibilities', '- Ship features', '## Senior Engineer', '### Job grade', 'The Senior Engineer is a grade 7.', '### Responsibilities', '- Lead projects', '## Staff Engineer', '### Job grade', 'The Staff Engineer is a grade 8.', '### Responsibilities', '- Set direction', '## Engineering Manager', '### Job grade', 'The Engineering Manager is a grade 8.', '### Responsibilities', '- Manage a team of engineers'].join('\n');
    const page = ingestJobDescription(markdownToBlocks(md));
    expect(page.roles.map((r) => [r.title, r.track, r.rank, r.grade])).toEqual([
      ['Engineer', 'Engineers', 1, 6],
      ['Senior Engineer', 'Engineers', 2, 7],
      ['Staff Engineer', 'Engineers', 3, 8],
      ['Engineering Manager', 'Engineers management', 1, 8],
    ]);
    expect(page.transitions).toContainEqual({ from: 'Senior Engineer', to: 'Engineering Manager', type: 'promotion' });
    expect(page.transitions).not.toContainEqual(expect.objectContaining({ from: 'Staff Engineer', to: 'Engineering Manager' }));
  });

  it('reads a career-ladder grid of levels by track', () => {
    const md = ['| Level | Senior | Developer | Tech Lead |', '| --- | --- | --- | --- |', '| 1 | No | D1 | |', '| 2 | No | D2 | |', '| 3 | Yes | D3 | TL3 |', '| 4 | Yes | D4 | TL4 |'].join('\n');
    const grid = ingestJobDescription(markdownToBlocks(md, 'ladder.md'));
    expect(grid.roles.map((r) => [r.title, r.track, r.rank, r.level])).toEqual([
      ['Developer 1', 'Developer', 1, 'D1'],
      ['Developer 2', 'Developer', 2, 'D2'],
      ['Developer 3', 'Developer', 3, 'D3'],
      ['Developer 4', 'Developer', 4, 'D4'],
      ['Tech Lead 3', 'Tech Lead', 1, 'TL3'],
      ['Tech Lead 4', 'Tech Lead', 2, 'TL4'],
    ]);
    expect(grid.transitions).toHaveLength(4);
    expect(grid.diagnostics[0]).toMatchObject({ severity: 'info', file: 'ladder.md', line: 1 });
  });
});

describe('headings written in a hurry', () => {
  it('reads misspelt section headings, and never makes a competency of a heading', () => {
    const result = ingestJobDescription(
      markdownToBlocks(['# Product Designer', '## What youll do', '- Design end-to-end flows for our mobile app', '## Requierments', '- 4+ years of product design experience', '- Proficiency in Figma', '## Would be grate', '- Experience with design systems'].join('\n'), 'jd.md'),
    );
    const role = result.roles[0]!;
    expect(texts(role.responsibilities)).toEqual(['Design end-to-end flows for our mobile app']);
    expect(texts(role.requirements)).toEqual(['4+ years of product design experience', 'Proficiency in Figma']);
    expect(texts(role.preferred)).toEqual(['Experience with design systems']);
    expect(role.competencies.map((c) => c.name)).not.toContain('Requierments');
  });

  it('sorts the items under a heading it does not recognise one by one, and says so naming the heading', () => {
    const result = ingestJobDescription(
      markdownToBlocks(['# Product Designer', '## Responsibilities', '- Run usability tests with customers', '## Stuff that matters here', '- Design end-to-end flows for our mobile app', '- 4+ years of product design experience', '- Experience with Sketch is a plus'].join('\n'), 'jd.md'),
    );
    const role = result.roles[0]!;
    expect(texts(role.responsibilities)).toEqual(['Run usability tests with customers', 'Design end-to-end flows for our mobile app']);
    expect(texts(role.requirements)).toEqual(['4+ years of product design experience']);
    expect(texts(role.preferred)).toEqual(['Experience with Sketch is a plus']);
    expect(role.competencies.map((c) => c.name)).not.toContain('Stuff that matters here');
    expect(result.diagnostics).toContainEqual({
      severity: 'info',
      file: 'jd.md',
      line: 4,
      block: 3,
      message: 'heading "Stuff that matters here" is not one Trellis recognises; its 3 items were sorted by how each reads (1 responsibility, 1 requirement, 1 preferred qualification). If that is wrong, rename the heading (e.g. "Responsibilities", "Requirements", "Nice to have")',
    });
  });
});

describe('plain text with the facts on the lines under the title', () => {
  it('reads the short lines at the top as the title, then the department, not as one paragraph', () => {
    const result = ingestJobDescription(textToBlocks(['Senior Accountant', 'Finance', '', 'Responsibilities:', '- Close the books monthly', '', 'Requirements:', '- CPA licence'].join('\n'), 'accountant.txt'));
    const role = result.roles[0]!;
    expect(role).toMatchObject({ title: 'Senior Accountant', department: 'Finance', summary: '', source: { line: 1 } });
    expect(result.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });

  it('reads "Marketing Department | Reports to: … | Location: …" as department, reports-to and location', () => {
    const text = ['Marketing Coordinator', 'Marketing Department | Reports to: Marketing Manager | Location: Austin, TX', '', 'ABOUT THE ROLE', 'We need a coordinator to keep our campaigns on track.', '', 'KEY RESPONSIBILITIES', '• Coordinate campaign calendars across channels'].join('\n');
    const role = ingestJobDescription(textToBlocks(text, 'coordinator.txt')).roles[0]!;
    expect(role).toMatchObject({ title: 'Marketing Coordinator', department: 'Marketing', reportsTo: 'Marketing Manager', location: 'Austin, TX', summary: 'We need a coordinator to keep our campaigns on track.' });
  });

  it('keeps a wrapped opening sentence together, and a workplace under the title is no department', () => {
    const wrapped = ingestJobDescription(textToBlocks(['We are hiring a Senior Accountant', 'to close our books every month.', '', 'Requirements:', '- CPA licence'].join('\n'), 'a.txt')).roles[0]!;
    expect(wrapped.title).toBe('Senior Accountant');
    expect(wrapped.department).toBe('');
    const remote = ingestJobDescription(textToBlocks(['Senior Accountant', 'Remote', '', 'Requirements:', '- CPA licence'].join('\n'), 'b.txt')).roles[0]!;
    expect(remote.department).toBe('');
  });

  it('splits "Team: Customer Success · Location: Remote (EU)" into its fields', () => {
    const role = ingestJobDescription(htmlToBlocks('<p><b>Customer Success Manager</b></p><p>Team: Customer Success · Location: Remote (EU)</p><p><b>Responsibilities</b></p><ul><li>Run quarterly business reviews</li></ul>', 'csm.html')).roles[0]!;
    expect(role).toMatchObject({ department: 'Customer Success', location: 'Remote (EU)' });
  });
});
