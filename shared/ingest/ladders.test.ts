// Career ladders as companies publish them, each fixture our own writing that reproduces one shape met in a real
// ladder of the corpus (scripts/realdata/score/ladders/facts.ts names the documents): level grids with prose cells
// either way round, Google Docs HTML tables, group rows, two ladders in one table, tracks × levels overviews,
// HR long exports, rank columns, shortened level words and columns of different jobs.
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './document/html';
import { markdownToBlocks } from './document/markdown';
import { documentGrids } from './grid/from-tables';
import { markdownDocumentWithTables } from './grid/markdown-tables';
import { headingLadderGrid, progressionGrid } from './grid/ladder-outlines';
import { ladderGrids } from './grid/ladder-grids';
import { csvToGrid } from './grid/csv';
import { ingestKsaMatrix, type MatrixResult } from './ksa-matrix';
import { transitionsOf, type Framework } from '../model/framework';
import { descriptorAt } from '../model/competency';

const fw = (r: MatrixResult): Framework => {
  if (!r.framework) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.framework;
};
const titles = (f: Framework) => f.roles.map((r) => r.title);
const comp = (f: Framework, name: string) => f.competencies.find((c) => c.name === name)!;
const need = (f: Framework, role: string, competency: string) => f.roles.find((r) => r.title === role)?.competencies.find((c) => c.competencyId === comp(f, competency)?.id)?.level;
const promotions = (f: Framework) => transitionsOf(f).filter((t) => t.type === 'promotion').map((t) => `${f.roles.find((r) => r.id === t.from)!.title} → ${f.roles.find((r) => r.id === t.to)!.title}`);
const fromHtml = (html: string) => ingestKsaMatrix(documentGrids(htmlToBlocks(html, 'ladder.html')));
const fromMarkdown = (md: string) => ingestKsaMatrix(documentGrids(markdownDocumentWithTables(md, 'ladder.md')));

describe('a level grid with prose cells, levels as columns', () => {
  // shape: Sourcegraph's Google-Docs sales ladder — a title row over the table, P-levels as columns, one of them
  // "(not in use)", N/A cells, <p> inside cells
  const html = `<table>
    <tr><td colspan="4"><strong>Support Engineer Career Levels</strong></td></tr>
    <tr><td><strong>Job Level</strong></td><td><strong>Associate (P1) (not in use)</strong></td><td><strong>Engineer (P2)</strong></td><td><strong>Senior (P3)</strong></td></tr>
    <tr><td>Troubleshooting</td><td>Follows the runbook for known problems.</td><td>Finds the cause of new problems on their own.<p>Writes up what they found.</p></td><td>Leads incident reviews across several teams.</td></tr>
    <tr><td>Customer writing</td><td>N/A</td><td>N/A</td><td>Writes the help centre articles others link to.</td></tr>
  </table>`;

  it('reads each column as a role and each cell as what that level looks like', () => {
    const result = fromHtml(html);
    const f = fw(result);
    expect(titles(f)).toEqual(['Engineer (P2)', 'Senior (P3)']);
    expect(need(f, 'Engineer (P2)', 'Troubleshooting')).toBe(1);
    expect(need(f, 'Senior (P3)', 'Troubleshooting')).toBe(2);
    expect(descriptorAt(comp(f, 'Troubleshooting'), 1)).toBe('Finds the cause of new problems on their own.\nWrites up what they found.');
    // N/A: nothing asked at that level
    expect(need(f, 'Engineer (P2)', 'Customer writing')).toBeUndefined();
    expect(descriptorAt(comp(f, 'Customer writing'), 2)).toBe('Writes the help centre articles others link to.');
    expect(result.diagnostics.some((d) => d.severity === 'info' && /"Associate \(P1\) \(not in use\)" is marked not in use/.test(d.message) && d.cell === 'B2')).toBe(true);
    expect(promotions(f)).toEqual(['Engineer (P2) → Senior (P3)']);
  });

  it('a CSV of the same shape reads its header row, not a data row', () => {
    const csv = ['Competency,Junior,Mid,Senior', 'Testing,Writes unit tests for their own code,Designs the test plan for a feature,Sets the testing approach for the team', 'Reviews,Asks questions in reviews of their code,Reviews the team’s changes carefully,'].join('\n');
    const f = fw(ingestKsaMatrix([csvToGrid(csv, { sheet: 'Engineering', file: 'ladder.csv' })]));
    expect(titles(f)).toEqual(['Junior', 'Mid', 'Senior']);
    // an empty cell after a described level keeps the level described last
    expect(need(f, 'Senior', 'Reviews')).toBe(2);
    expect(descriptorAt(comp(f, 'Reviews'), 3)).toBeUndefined();
  });
});

describe('group rows, notes columns, "All levels" and the same label under two groups', () => {
  // shape: Sourcegraph's marketing ladders (a colspan group row per area) and the Programmer Competency Matrix (a
  // Comments column); "All levels" as Sourcegraph's engineering page writes it
  const html = `<table>
    <tr><td></td><td>IC3</td><td>IC4</td><td>All levels</td><td>Comments</td></tr>
    <tr><td colspan="5">Delivery</td></tr>
    <tr><td>Scope</td><td>Runs a launch of one feature with some help from the manager.</td><td>Runs the launches of a whole product area alone.</td><td>Ships on the dates they agreed with the team.</td><td>see the launch guide</td></tr>
    <tr><td>Impact</td><td>Picks the work that matters most for the quarter.</td><td>Shapes what the whole team works on next.</td><td></td><td></td></tr>
    <tr><td colspan="5">Writing</td></tr>
    <tr><td>Impact</td><td>Their launch posts are read by the customers they target.</td><td>Their writing changes how customers see the product.</td><td></td><td></td></tr>
  </table>`;

  it('reads categories, qualifies a repeated name by its group, keeps all-level text as the description', () => {
    const result = fromHtml(html);
    const f = fw(result);
    expect(titles(f)).toEqual(['IC3', 'IC4']);
    expect(f.competencies.map((c) => `${c.category}: ${c.name}`)).toEqual(['Delivery: Scope', 'Delivery: Impact (Delivery)', 'Writing: Impact (Writing)']);
    expect(comp(f, 'Scope').description).toBe('Ships on the dates they agreed with the team.');
    expect(result.diagnostics.some((d) => /column "Comments" holds notes/.test(d.message) && d.cell === 'E1')).toBe(true);
  });
});

describe('a level title that cannot name a role', () => {
  // shapes met in real exports: a Sheets ladder whose header row is looked up from another tab (a deleted tab leaves
  // #REF! where a level's title was), and a ladder pasted together from two docs where one level is written twice
  it('a formula error as a level title is an error at its cell (sheet, A1, line); the other levels are read', () => {
    const csv = ['Competency,Associate,#REF!,Senior', 'Testing,Writes unit tests for their own code,Designs the test plan for a feature,Sets the testing approach for the team'].join('\n');
    const result = ingestKsaMatrix([csvToGrid(csv, { sheet: 'Engineering', file: 'ladder.csv' })]);
    const f = fw(result);
    expect(titles(f)).toEqual(['Associate', 'Senior']);
    const error = result.diagnostics.find((d) => /#REF!/.test(d.message))!;
    expect(error).toMatchObject({ severity: 'error', file: 'ladder.csv', sheet: 'Engineering', cell: 'C1', line: 1 });
    expect(error.message).toMatch(/type the level's title/);
    // its cells are no one's descriptors
    expect(comp(f, 'Testing').descriptors.map((d) => d.text)).toEqual(['Writes unit tests for their own code', 'Sets the testing approach for the team']);
  });

  it('a level written twice is an error at the second, naming the first, and is not folded into one role', () => {
    const md = ['# Support ladder', '', '| Area | Agent | Senior agent | Senior agent |', '|---|---|---|---|', '| Tickets | Answers the tickets assigned to them. | Takes the hardest tickets in the queue. | Sets how the team triages tickets. |', ''].join('\n');
    const result = fromMarkdown(md);
    const f = fw(result);
    expect(titles(f)).toEqual(['Agent', 'Senior agent']);
    const error = result.diagnostics.find((d) => /appears twice/.test(d.message))!;
    expect(error).toMatchObject({ severity: 'error', file: 'ladder.md', cell: 'D1', line: 3 });
    expect(error.message).toMatch(/also C1/);
    expect(error.message).toMatch(/rename one/);
    expect(descriptorAt(comp(f, 'Tickets'), 2)).toBe('Takes the hardest tickets in the queue.');
    expect(need(f, 'Senior agent', 'Tickets')).toBe(2);
  });

  it('levels down the rows: a level named again further down is said once, at its first row', () => {
    const csv = ['Level,Security,Writing', 'L1,Asks before touching production credentials.,Writes clear pull request descriptions.', 'L2,Reviews changes for security mistakes.,Writes the design doc for a feature.', 'L1,Leads the security review of a new service.,Edits the team’s writing guide.', 'L1,Teaches threat modelling.,Reviews others’ design docs.'].join('\n');
    const result = ingestKsaMatrix([csvToGrid(csv, { sheet: 'Levels', file: 'levels.csv' })]);
    const f = fw(result);
    expect(titles(f)).toEqual(['L1', 'L2']);
    const errors = result.diagnostics.filter((d) => /appears twice/.test(d.message));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'error', sheet: 'Levels', cell: 'A4', line: 4 });
    expect(errors[0]!.message).toMatch(/also A2/);
    expect(descriptorAt(comp(f, 'Security'), 1)).toBe('Asks before touching production credentials.');
  });
});

describe('a skills export with job flags, level flags, codes and an audience column', () => {
  // shape: an agriculture skills framework exported to CSV (CABI's): one row per skill with a code, a label made of
  // code and name, its group under "Key", whom it is for under "group", 0/1 flags for three jobs, then 0/1 flags and
  // words for the levels it applies at
  const csv = [
    'SkillID,skills,Skill ID + label,Key,group,Field advisers,Shop assistants,Lab technicians,Foundation,Advanced,level1,level2,Description',
    'S001,Listen actively,S001 - Listen actively,COMMUNICATION,ALL (Field advisers & Shop assistants & Lab technicians),1,1,1,1,1,Foundation,Advanced,Hears the farmer out.',
    'S002,Keep stock records,S002 - Keep stock records,RECORDS,Shop assistants,0,1,0,1,0,Foundation,,Counts what is on the shelf.',
    'S003,Write field reports,S003 - Write field reports,RECORDS,Field advisers,1,0,0,0,1,,Advanced,Reports what was seen.',
    'S004,Diagnose leaf disease,S004 - Diagnose leaf disease,DIAGNOSTICS,Field advisers & Lab technicians,1,0,1,0,1,,Advanced,Names the disease from a sample.',
    'S005,Explain a label,S005 - Explain a label,COMMUNICATION,Shop assistants & Field advisers,1,1,0,1,0,Foundation,,Reads the label with the buyer.',
  ].join('\n');
  const result = ingestKsaMatrix([csvToGrid(csv, { sheet: 'Skills', file: 'skills.csv' })]);
  const f = fw(result);

  it('reads the job columns as peer roles and the level columns as no role, saying so', () => {
    expect(titles(f)).toEqual(['Field advisers', 'Shop assistants', 'Lab technicians']);
    expect(promotions(f)).toEqual([]);
    for (const level of ['Foundation', 'Advanced', 'level1', 'level2']) {
      expect(result.diagnostics.some((d) => d.message.includes(`"${level}" names a level, not a job`))).toBe(true);
    }
  });

  it('takes the plain names, the repeating Key as the group, the code column as ids, and the audience column as no group', () => {
    expect(f.competencies.map((c) => c.name)).toEqual(['Listen actively', 'Keep stock records', 'Write field reports', 'Diagnose leaf disease', 'Explain a label']);
    expect([...new Set(f.competencies.map((c) => c.category))]).toEqual(['COMMUNICATION', 'RECORDS', 'DIAGNOSTICS']);
    // "S001" is the row's code (its id), not the letter S of a K/S/A type column heading a section
    expect(comp(f, 'Listen actively').id).toBe('s001');
    expect(result.diagnostics.some((d) => /type .* is not K, S or A/.test(d.message))).toBe(false);
    expect(result.diagnostics.some((d) => /name the roles each row is for/.test(d.message) && d.cell === 'E1')).toBe(true);
    expect(need(f, 'Shop assistants', 'Keep stock records')).toBeDefined();
    expect(need(f, 'Field advisers', 'Keep stock records')).toBeUndefined();
  });
});

describe('levels as rows', () => {
  // shape: Teleport's level matrices (HTML in Markdown, "Level" corner, L1 … rows, competencies across, "Same as L1.")
  // and Sourcegraph's design ladder (each level over three rows: a summary spanning the row, then lists)
  const md = `# Levels

Some prose first.

<table>
  <tr><th>Level</th><th>Security</th><th>Writing</th></tr>
  <tr><td>L1</td><td>Asks before touching production credentials.</td><td>Writes clear pull request descriptions.</td></tr>

  <tr><td>L2</td><td>Reviews others' changes for security mistakes.</td><td>Same as L1.</td></tr>
</table>
`;
  it('reads each row as a level, "Same as" as the level before, and points diagnostics at lines of the file', () => {
    const result = fromMarkdown(md);
    const f = fw(result);
    expect(titles(f)).toEqual(['L1', 'L2']);
    expect(need(f, 'L2', 'Writing')).toBe(1);
    expect(need(f, 'L2', 'Security')).toBe(2);
    const info = result.diagnostics.find((d) => /read as a level grid/.test(d.message))!;
    expect(info.line).toBe(6);
  });

  it('reads a level spanning several rows with its summary row', () => {
    const html = `<table>
      <tr><th>Level</th><th>Strategy</th><th>Execution</th></tr>
      <tr><th rowspan="3">IC 1</th><td colspan="2">Entry level: learning the craft with guidance.</td></tr>
      <tr><td><ul><li>Learns what the product strategy is</li></ul></td><td><ul><li>Delivers the designs assigned to them</li></ul></td></tr>
      <tr><td><ul><li>Knows who uses their product</li></ul></td><td></td></tr>
      <tr><th rowspan="2">IC 2</th><td colspan="2">Developing: completes work on their own.</td></tr>
      <tr><td>Explains why the product area matters to the business</td><td>Delivers whole features without help</td></tr>
    </table>`;
    const f = fw(fromHtml(html));
    expect(titles(f)).toEqual(['IC 1', 'IC 2']);
    expect(f.roles[0]!.summary).toBe('Entry level: learning the craft with guidance.');
    expect(descriptorAt(comp(f, 'Strategy'), 1)).toBe('Learns what the product strategy is\nKnows who uses their product');
  });
});

describe('tracks', () => {
  it('a second header row under its own title is a second track of peers, not promotions', () => {
    // shape: Sourcegraph's SDR table (an SDR ladder, a blank row, then a VCBOD ladder with its own title row)
    const html = `<table>
      <tr><td colspan="3">Sales Development Levels</td></tr>
      <tr><td>Job Level</td><td>SDR (P1)</td><td>Senior SDR (P2)</td></tr>
      <tr><td>Execution</td><td>Books meetings from a list the team prepares.</td><td>Builds their own list of accounts to reach out to.</td></tr>
      <tr><td></td><td></td><td></td></tr>
      <tr><td colspan="3">Partnerships Levels</td></tr>
      <tr><td>Job Level</td><td>Program Lead (P1)</td><td>Senior Program Lead (P2)</td></tr>
      <tr><td>Execution</td><td>Runs the programme the team has designed already.</td><td>Designs new programmes with partner companies.</td></tr>
    </table>`;
    const f = fw(fromHtml(html));
    expect(f.roles.map((r) => `${r.track}: ${r.title} #${r.rank}`)).toEqual([
      'Sales Development Levels: SDR (P1) #1',
      'Sales Development Levels: Senior SDR (P2) #2',
      'Partnerships Levels: Program Lead (P1) #1',
      'Partnerships Levels: Senior Program Lead (P2) #2',
    ]);
    expect(promotions(f)).toEqual(['SDR (P1) → Senior SDR (P2)', 'Program Lead (P1) → Senior Program Lead (P2)']);
  });

  it('a levels × tracks overview names roles per track; roles at one level are peers', () => {
    // shape: the Engineering Ladders overview (Level | Senior | Developer | Tech Lead …, cells are role links)
    const md = ['| Level | Senior | Developer | Tech Lead | Manager |', '| :-: | :-: | :-: | :-: | :-: |', '| 1 | No | [D1](d.md) | | |', '| 2 | No | [D2](d.md) | | |', '| 3 | Yes | [D3](d.md) | [TL3](t.md) | |', '| 4 | Yes | [D4](d.md) | [TL4](t.md) | [M4](m.md) |'].join('\n');
    const result = fromMarkdown(md);
    const f = fw(result);
    expect(f.roles.map((r) => `${r.track}: ${r.title} #${r.rank}`)).toEqual(['Developer: D1 #1', 'Developer: D2 #2', 'Developer: D3 #3', 'Developer: D4 #4', 'Tech Lead: TL3 #3', 'Tech Lead: TL4 #4', 'Manager: M4 #4']);
    expect(promotions(f)).not.toContain('D3 → TL3');
    expect(promotions(f)).not.toContain('TL3 → D4');
    expect(result.diagnostics.some((d) => /column "Senior" says the same few words/.test(d.message))).toBe(true);
    expect(result.diagnostics.some((d) => d.severity === 'warning' && /no competencies/.test(d.message))).toBe(true);
  });

  it('columns of different jobs are peers on tracks of their own, with a warning naming them and what to add', () => {
    // shape: a team matrix with Data Engineer, Backend Developer, QA Engineer and Product Owner side by side
    const csv = ['Competency,Data Engineer,Backend Developer,QA Engineer,Product Owner', 'SQL,4,3,2,1', 'Testing,2,3,4,1', 'Roadmaps,1,1,1,4'].join('\n');
    const result = ingestKsaMatrix([csvToGrid(csv, { sheet: 'Team', file: 'team.csv' })]);
    const f = fw(result);
    expect(promotions(f)).toEqual([]);
    expect(new Set(f.roles.map((r) => r.track)).size).toBe(4);
    const warning = result.diagnostics.find((d) => /read as different jobs/.test(d.message))!;
    expect(warning.severity).toBe('warning');
    expect(warning.message).toMatch(/"Data Engineer", "Backend Developer", "QA Engineer", "Product Owner"/);
    expect(warning.message).toMatch(/track.*transitions sheet/);
    expect(warning.cell).toBe('B1');
  });

  it('a rank column beside the role titles is each role\'s rank, not a competency', () => {
    const csv = ['Role,Level,Coding,Testing', 'Engineer I,1,2,1', 'Engineer II,2,3,2', 'Senior Engineer,3,4,3', 'Data Engineer,3,4,2', 'Staff Engineer,4,5,4'].join('\n');
    const f = fw(ingestKsaMatrix([csvToGrid(csv, { sheet: 'Engineering', file: 'eng.csv' })]));
    expect(f.competencies.map((c) => c.name)).toEqual(['Coding', 'Testing']);
    expect(f.roles.map((r) => `${r.title} #${r.rank}`)).toEqual(['Engineer I #1', 'Engineer II #2', 'Senior Engineer #3', 'Data Engineer #3', 'Staff Engineer #4']);
  });
});

describe('HR exports in long format', () => {
  it('pivots Role, Role Level, Skill, Skill Level and multi-line descriptions into a role per level with descriptors', () => {
    const csv = [
      'Role,Role Level,Skill,Skill Level,Description',
      'Data Engineer,Junior,SQL,Working,"Writes queries for reports\nasks for review of joins"',
      'Data Engineer,Junior,Pipelines,Aware,Knows the nightly jobs exist',
      'Data Engineer,Senior,SQL,Expert,Tunes the warehouse for the whole company',
      'Data Engineer,Senior,Pipelines,Practitioner,Builds and runs pipelines alone',
    ].join('\n');
    const result = ingestKsaMatrix([csvToGrid(csv, { sheet: 'Export', file: 'export.csv' })]);
    const f = fw(result);
    expect(f.roles.map((r) => `${r.track}: ${r.title} #${r.rank}`)).toEqual(['Data Engineer: Junior Data Engineer #1', 'Data Engineer: Senior Data Engineer #2']);
    expect(f.competencies.map((c) => c.name)).toEqual(['SQL', 'Pipelines']);
    expect(need(f, 'Senior Data Engineer', 'SQL')).toBe(4);
    expect(descriptorAt(comp(f, 'SQL'), 2)).toBe('Writes queries for reports\nasks for review of joins');
    // "Aware" is the Awareness … Expert scale's first word, shortened: read as it, with a warning at its cell
    expect(need(f, 'Junior Data Engineer', 'Pipelines')).toBe(1);
    const short = result.diagnostics.find((d) => /"Aware" was read as "Awareness"/.test(d.message))!;
    expect(short.severity).toBe('warning');
    expect(short.cell).toBe('D3');
  });
});

describe('ladders written without a table', () => {
  it('progression data in front matter: topics × levels', () => {
    const grid = progressionGrid({ title: 'Support', topics: [{ name: 'craft', title: 'Craft', content: [{ level: 1, criteria: ['Answers common questions from the help centre'] }, { level: 2, criteria: ['Handles escalations from other agents'] }] }] }, () => 3, 'support.md')!;
    const f = fw(ingestKsaMatrix([grid]));
    expect(titles(f)).toEqual(['Level 1', 'Level 2']);
    expect(descriptorAt(comp(f, 'Craft'), 2)).toBe('Handles escalations from other agents');
  });

  it('one heading per level with labelled bullets; a ladder of paragraphs names its roles', () => {
    const md = ['# Engineering', '## IC1', '- Impact: Delivers small well-defined tasks.', '- Scope: Works within their team’s code.', '## IC2', '- Impact: Delivers projects of medium risk.', '- Scope: Pulls on knowledge of the wider codebase.', '## IC3', '- Impact: Leads ambiguous projects.'].join('\n');
    const f = fw(ingestKsaMatrix([headingLadderGrid(markdownToBlocks(md, 'eng.md'))!]));
    expect(titles(f)).toEqual(['IC1', 'IC2', 'IC3']);
    expect(need(f, 'IC3', 'Scope')).toBe(2);
    expect(descriptorAt(comp(f, 'Impact'), 3)).toBe('Leads ambiguous projects.');
    const prose = ['# Engineer I', 'Works on small tasks with help.', '# Engineer II', 'Works on features alone.', '# Senior Engineer', 'Leads projects.'].join('\n\n');
    expect(headingLadderGrid(markdownToBlocks(prose, 'p.md'))).toBeUndefined();
    const roles = fw(ingestKsaMatrix([headingLadderGrid(markdownToBlocks(prose, 'p.md'), { withoutAreas: true })!]));
    expect(roles.roles.map((r) => `${r.title}: ${r.summary}`)).toEqual(['Engineer I: Works on small tasks with help.', 'Engineer II: Works on features alone.', 'Senior Engineer: Leads projects.']);
  });

  it('a table listing the levels the headings then describe reads each role once, by its text', () => {
    // shape: an engineeringladders track page (a Rank | Seniority | Position table of links to the level headings below,
    // each heading with bold-labelled bullets, then a list of other pages)
    const md = [
      '# Delivery Lead', 'The delivery lead track.',
      ['| Step | Seniority | Position |', '| :---: | :---: | :---: |', '| 4 | Senior | [DL4 - Delivery Lead 4](#dl4---delivery-lead-4) |',
        '| 5 | Senior | [DL5 - Delivery Lead 5](#dl5---delivery-lead-5) |', '| 6 | Senior | [DL6 - Delivery Lead 6](#dl6---delivery-lead-6) |'].join('\n'),
      '## DL4 - Delivery Lead 4', '![Delivery Lead 4](../charts/dl-4.png)', '* **Planning**: runs the plan of one team’s release', '* **Risk**: keeps the team’s risks written down',
      '## DL5 - Delivery Lead 5', '* **Planning**: runs programmes that span several teams', '* **Risk**: settles trade-offs between teams',
      '## DL6 - Delivery Lead 6', '* **Planning**: sets how the department plans and ships',
      '# Other pages', '* [**Tech Lead**](TechLead.md)',
    ].join('\n\n');
    expect(documentGrids(markdownDocumentWithTables(md, 'dl.md'))).toHaveLength(1);
    const { grids } = ladderGrids(markdownDocumentWithTables(md, 'dl.md'));
    const f = fw(ingestKsaMatrix(grids));
    expect(titles(f)).toEqual(['DL4 - Delivery Lead 4', 'DL5 - Delivery Lead 5', 'DL6 - Delivery Lead 6']);
    expect(promotions(f)).toEqual(['DL4 - Delivery Lead 4 → DL5 - Delivery Lead 5', 'DL5 - Delivery Lead 5 → DL6 - Delivery Lead 6']);
    expect(descriptorAt(comp(f, 'Risk'), 2)).toBe('settles trade-offs between teams');
    expect(grids.map((g) => g.sheet)).toEqual(['Delivery Lead']);
    // a table that says more than the list of levels (a row of its own) is still read
    const more = md.replace('| 6 | Senior |', '| 7 | Principal | Principal Delivery Lead |\n| 6 | Senior |');
    expect(ladderGrids(markdownDocumentWithTables(more, 'dl.md')).grids).toHaveLength(2);
  });

  it('tables that continue one another are one grid whose captions are groups', () => {
    // shape: the Programmer Competency Matrix (one captioned table per area, same level columns)
    const html = ['Computer Science', 'Programming'].map((area, i) => `<table><caption>${area}</caption><tr><th></th><th>level 0</th><th>level 1</th></tr><tr><td>topic ${i}</td><td>Does not know what this topic is about</td><td>Explains the topic to a colleague clearly</td></tr></table>`).join('');
    const grids = documentGrids(htmlToBlocks(html, 'm.html'));
    expect(grids).toHaveLength(1);
    const f = fw(ingestKsaMatrix(grids));
    expect(f.competencies.map((c) => `${c.category}: ${c.name}`)).toEqual(['Computer Science: topic 0', 'Programming: topic 1']);
  });
});

describe('a legend the document writes beside its ladder', () => {
  // shapes: the legends written as prose above a grid (teachingrse's and the usds rubric's "levels" paragraphs) and
  // as a small "Level | What it means" table of their own (Sourcegraph's Google Docs ladders): they name the scale and
  // are never roles
  const grid = (cells: string[][]) => ['| Competency | Engineer I | Engineer II | Senior Engineer |', '|---|---|---|---|', ...cells.map((r) => `| ${r.join(' | ')} |`)].join('\n');

  it('reads a prose legend as the scale of the tables after it', () => {
    const f = fw(fromMarkdown(`# Platform ladder\n\nLevels: 1 = Awareness, 2 = Working, 3 = Practitioner, 4 = Expert.\n\n${grid([['System design', '1', '2', '3'], ['Code review', '2', '3', '4']])}\n`));
    expect(titles(f)).toEqual(['Engineer I', 'Engineer II', 'Senior Engineer']);
    expect(f.scales[0]!.levels.map((l) => l.name)).toEqual(['Awareness', 'Working', 'Practitioner', 'Expert']);
    expect(need(f, 'Senior Engineer', 'Code review')).toBe(4);
  });

  it('reads a legend table as the scale, never as a role or competencies', () => {
    const legend = '| Level | What it means |\n|---|---|\n| Awareness | Knows the words and where to look |\n| Working | Does it with help |\n| Practitioner | Does it alone and helps others |\n| Expert | Sets the practice for the company |';
    const f = fw(fromMarkdown(`# Platform ladder\n\n${legend}\n\n${grid([['System design', 'Awareness', 'Working', 'Practitioner'], ['Code review', 'Working', 'Practitioner', 'Expert']])}\n`));
    expect(titles(f)).toEqual(['Engineer I', 'Engineer II', 'Senior Engineer']);
    expect(f.competencies.map((c) => c.name)).toEqual(['System design', 'Code review']);
    expect(need(f, 'Engineer II', 'System design')).toBe(2);
  });

  it('takes a numbered legend table in HTML the same way', () => {
    const f = fw(fromHtml(`<table><tr><td>Rating</td><td>Meaning</td></tr><tr><td>1</td><td>Basic</td></tr><tr><td>2</td><td>Capable</td></tr><tr><td>3</td><td>Leading</td></tr></table>
      <table><tr><td>Skill</td><td>Analyst</td><td>Senior Analyst</td></tr><tr><td>SQL</td><td>1</td><td>3</td></tr><tr><td>Dashboards</td><td>2</td><td>3</td></tr></table>`));
    expect(titles(f)).toEqual(['Analyst', 'Senior Analyst']);
    expect(f.scales[0]!.levels.map((l) => l.name)).toEqual(['Basic', 'Capable', 'Leading']);
  });

  it('reads a document whose only table looks like a legend as that table, not as nothing', () => {
    const md = '| Level | Expectations |\n|---|---|\n| Engineer I | Ships small changes with help |\n| Engineer II | Ships features alone |';
    const grids = documentGrids(markdownDocumentWithTables(md, 'ladder.md'));
    expect(grids).toHaveLength(1);
    expect(grids[0]!.rows.map((r) => r.map((c) => c?.display ?? ''))).toEqual([['Level', 'Expectations'], ['Engineer I', 'Ships small changes with help'], ['Engineer II', 'Ships features alone']]);
  });
});
