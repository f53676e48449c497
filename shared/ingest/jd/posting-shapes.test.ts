// More shapes met in real postings (documents added to the corpus on 2026-12-08 and the brief of issue 10), each
// reproduced in a fixture of our own writing; the comment on each test names the document or shape that showed it.
import { describe, expect, it } from 'vitest';
import { only, texts } from '../../test/job-description-reading';
import { htmlToBlocks } from '../document/html';
import { markdownToBlocks } from '../document/markdown';
import { questionnaireToBlocks } from '../document/questionnaire';
import { ingestJobDescription } from '../job-description';
import { levelInProse, seniorityOf } from './fields';
import { credentialPhrase, credentialsRequired } from '../../plan/generate';
import { titleInProse } from './role-reader';
import { classifyHeading } from './sections';
import { textToBlocks } from '../document/text';


describe('lead-in headings', () => {
  // CDS "Senior Procurement Advisor": "## We’re looking for someone who will:" then duties, "## You’ll fit right in if:" then the person
  it('reads a list under "someone who will:" as duties and one under "you’ll fit right in if:" as requirements', () => {
    const md = [
      '## We’re looking for someone who will:', '', '* Map the supplier market', '* Write buying guides', '* Advise teams on contracts', '',
      '## You’ll fit right in if:', '', '* You know public purchasing rules', '* You’re a patient explainer', '',
    ].join('\n');
    const role = only(markdownToBlocks(`---\ntitle: Buyer\n---\n${md}`));
    expect(texts(role.responsibilities)).toEqual(['Map the supplier market', 'Write buying guides', 'Advise teams on contracts']);
    expect(texts(role.requirements)).toEqual(['You know public purchasing rules', 'You’re a patient explainer']);
  });

  // the same posting ends with a heading written as a sentence; it must not become the title's heading and hide its end
  it('ends a section at a closing heading written as a sentence, whose prose is no requirement', () => {
    const md = '---\ntitle: Buyer\n---\n## You’ll fit right in if:\n\n* You know public purchasing rules\n\n## At Acme, we welcome every kind of difference.\n\nWe strive to reflect the people we serve.\nAll applicants are welcome.\n';
    const role = only(markdownToBlocks(md));
    expect(role.title).toBe('Buyer');
    expect(texts(role.requirements)).toEqual(['You know public purchasing rules']);
  });
});

describe('schema.org JobPosting inside a Markdown page', () => {
  // a Jekyll lab page (USDA postdoc) carries JSON-LD whose description is raw HTML with unescaped quotes: not valid JSON
  const page = [
    '---', 'title: "Lab news: we are hiring a postdoc in sequence search"', '---', '',
    '<script type="application/ld+json">', '{', '  "@type" : "JobPosting",', '  "title" : "Postdoctoral Fellow in Sequence Search",',
    '  "description" : "<h1 id="aim">Aim</h1>', '<ul><li>Degree: PhD</li></ul>', '', '  ",', '  "employmentType": "FULL_TIME"', '}', '</script>', '',
    '# Preferred skills', '', '* Python', '* Linux', '', '## Eligibility Requirements', '', '* Degree: Doctoral Degree.', '',
    '# Citizenship Requirements', '', 'This opportunity is available to citizens and permanent residents.', '',
  ].join('\n');

  it('takes the JobPosting’s title over the front matter’s, even from JSON-LD too broken to parse', () => {
    expect(markdownToBlocks(page).title).toBe('Postdoctoral Fellow in Sequence Search');
    expect(only(markdownToBlocks(page)).title).toBe('Postdoctoral Fellow in Sequence Search');
  });

  it('never shows the script’s text as page content, and reads "available to citizens" as eligibility, not a requirement', () => {
    const doc = markdownToBlocks(page);
    expect(doc.blocks.some((b) => b.type !== 'table' && /JobPosting|employmentType/.test(b.text))).toBe(false);
    const role = only(doc);
    expect(texts(role.requirements)).toEqual(['Degree: Doctoral Degree.']);
    expect(texts(role.preferred)).toEqual(['Python', 'Linux']);
  });

  it('an HTML page with broken JobPosting JSON-LD is read from its visible text, titled by the JSON-LD', () => {
    const html = '<html><head><title>Jobs | Acme</title><script type="application/ld+json">{"@type":"JobPosting","title":"Store Supervisor","description":"<p class="x">Run the store</p>"}</script></head><body><h2>Duties</h2><ul><li>Open the store</li></ul></body></html>';
    const role = only(htmlToBlocks(html));
    expect(role.title).toBe('Store Supervisor');
    expect(texts(role.responsibilities)).toEqual(['Open the store']);
  });
});

describe('USA Staffing questionnaires', () => {
  // Fish and Wildlife Service "Civil Engineer": "Experience for GS-09" questions whose answers hold the qualifying experience
  it('reads the years from the answers of an "Experience for GS-09" question, and never the question labels as requirements', () => {
    const q = [
      'Position Title', 'Surveyor', 'Agency', 'Example Agency', 'Assessment 1',
      'Experience for GS-07', '1. Experience for GS-07', '', ' A. I have specialized experience assisting with land surveys.', ' B. I do not have the experience stated above.',
      'Experience for GS-09', '2. Experience for GS-09', '', ' A. I possess one year of specialized experience equivalent to the GS-07 level, such as leading survey crews.', ' B. I do not meet the requirement stated above.',
    ].join('\n');
    const role = only(questionnaireToBlocks(q)!);
    expect(role.title).toBe('Surveyor');
    expect(role.experienceYears).toBe(1);
    expect(texts(role.requirements).some((t) => /^Experience for/.test(t))).toBe(false);
    expect(texts(role.requirements)).toContain('I possess one year of specialized experience equivalent to the GS-07 level, such as leading survey crews.');
  });
});

describe('level or grade from header lines, over a seniority word in the title', () => {
  // DfE job descriptions open with a GOV.UK summary list ("Grade | HEO") inside the Markdown, before a title saying "Junior"
  it('reads the grade row of a GOV.UK summary list as the level', () => {
    const md = [
      '# Junior data analyst', '', '<dl class="govuk-summary-list">', '  <div class="govuk-summary-list__row">', '    <dt class="govuk-summary-list__key">', '      Grade', '    </dt>',
      '    <dd class="govuk-summary-list__value">', '      HEO', '    </dd>', '  </div>', '</dl>', '', '## What you will do', '', '- Build dashboards', '',
    ].join('\n');
    const role = only(markdownToBlocks(md));
    expect(role.title).toBe('Junior data analyst');
    expect(role.level).toBe('HEO');
    expect(texts(role.responsibilities)).toEqual(['Build dashboards']);
  });

  it.each([
    ['Grade: G7', 'G7'],
    ['Grade: 7', 'Grade 7'],
    ['Band: 5', 'Band 5'],
    ['Pay grade: GS-13', 'GS-13'],
    ['Level: L4', 'L4'],
  ])('a header line "%s" gives the level %s, though the title says Senior', (line, level) => {
    const md = `# Senior Analyst\n\n${line}\n\n## Responsibilities\n\n- Analyse data\n`;
    expect(only(markdownToBlocks(md)).level).toBe(level);
  });

  it.each([
    ['This role is Grade 7.', 'Grade 7'],
    ['The post is at SEO grade, based in Sheffield.', 'SEO'],
    ['This is a Band 5 post on the surgical ward.', 'Band 5'],
    ['The position is graded EX-03.', 'EX-03'],
  ])('a summary sentence "%s" gives the level %s', (sentence, level) => {
    const md = `# Senior Nurse\n\n${sentence}\n\n## Responsibilities\n\n- Lead the ward round\n`;
    expect(only(markdownToBlocks(md)).level).toBe(level);
  });
});

describe('grades named in prose, and words that only look like one', () => {
  it.each([
    'You will own SEO and paid search at the company.',
    'Grade the essays of the class every week in this role.',
    'The team has grown to Band 5 musicians.',
  ])('"%s" gives no level', (sentence) => {
    expect(levelInProse(sentence)).toBeUndefined();
  });
});

describe('lists a lead-in says are offered, not asked', () => {
  // Sourcegraph "Product Designer": "We will encourage and support you to:" then "Publish blog posts…" under Responsibilities
  it('reads past the list after "We will encourage and support you to:", and keeps the duties before it', () => {
    const md = '# Designer\n\n### Responsibilities\n\n- Run design reviews\n- Prototype new flows\n\nWe will encourage and support you to:\n\n- Speak at conferences\n';
    const role = only(markdownToBlocks(md));
    expect(texts(role.responsibilities)).toEqual(['Run design reviews', 'Prototype new flows']);
  });

  it('still reads the list after a lead-in that asks ("You will:")', () => {
    const md = '# Designer\n\n### Responsibilities\n\nYou will:\n\n- Run design reviews\n';
    expect(texts(only(markdownToBlocks(md)).responsibilities)).toEqual(['Run design reviews']);
  });
});

describe('job-family pages with levels at ### and their sections at ####', () => {
  // GitLab finance job families: "## Levels", each level a "###", its "#### … Job Grade", "#### … Responsibilities" (one
  // typed "####Title Responsibilities" with no space), "Extends the <level> responsibilities", and levels whose sections
  // are named for a shorter title ("#### Senior Manager Responsibilities" under "### Senior Manager, Payables")
  const md = [
    '---', 'title: "Payables - Roles & Responsibilities"', '---', '', '## Levels', '',
    '### Payables Clerk (Intermediate)', '', '#### Payables Clerk (Intermediate) Job Grade', '', 'The Payables Clerk (Intermediate) is a [grade 5](/grades).', '',
    '####Payables Clerk (Intermediate) Responsibilities', '', '- Enter supplier invoices', '- Match invoices to orders', '',
    '#### Payables Clerk (Intermediate) Requirements', '', '- 2+ years of payables experience', '- Spreadsheet skills', '',
    '### Senior Payables Clerk', '', '#### Senior Payables Clerk Job Grade', '', 'The Senior Payables Clerk is a [grade 6](/grades).', '',
    '#### Senior Payables Clerk Responsibilities', '', '- Extends the Payables Clerk (Intermediate) responsibilities', '- Run the weekly payment batch', '',
    '#### Senior Payables Clerk Requirements', '', '- Extends the Payables Clerk (Intermediate) requirements', '- 4+ years of payables experience', '',
    '### Senior Manager, Payables', '', '#### Job Grade', '', 'The Senior Manager, Payables is a grade 9.', '',
    '#### Senior Manager Responsibilities', '', '- Approve payment runs', '', '#### Senior Manager Requirements', '', '- 8+ years of payables experience', '',
    '### Director, Payables', '', '#### Director, Payables Requirements', '', '- 10+ years in payables, 5+ years managing people', '',
    '## Performance Indicators', '', '- Days to close', '', '## Hiring Process', '', '- Screening call', '',
  ].join('\n');
  const roles = ingestJobDescription(markdownToBlocks(md)).roles;
  const role = (title: string) => roles.find((r) => r.title === title)!;

  it('makes one role per level, none for the grade, section or process headings', () => {
    expect(roles.map((r) => [r.title, r.grade])).toEqual([
      ['Payables Clerk (Intermediate)', 5],
      ['Senior Payables Clerk', 6],
      ['Senior Manager, Payables', 9],
      ['Director, Payables', undefined],
    ]);
  });

  it('gives "Extends the <level> responsibilities" the items of that level, not the sentence itself', () => {
    expect(texts(role('Senior Payables Clerk').responsibilities)).toEqual(['Enter supplier invoices', 'Match invoices to orders', 'Run the weekly payment batch']);
    expect(texts(role('Senior Payables Clerk').requirements)).toEqual(['2+ years of payables experience', 'Spreadsheet skills', '4+ years of payables experience']);
    expect(role('Senior Payables Clerk').experienceYears).toBe(4);
  });

  it('reads "10+ years in payables" as years of experience', () => {
    expect(role('Director, Payables').experienceYears).toBe(10);
    expect(role('Senior Manager, Payables').responsibilities).toHaveLength(1);
  });
});

describe('licences and registrations', () => {
  // the issue: a nurse posting asks for a "current, full, active and unrestricted registered nurse licence"
  it('lists a licence or registration a posting requires as a certification', () => {
    const md = '# Staff Nurse\n\n## Requirements\n\n- Current, full, active and unrestricted registration as a professional nurse in a State\n- Two years of ward experience\n';
    const role = only(markdownToBlocks(md));
    expect(texts(role.certifications)).toEqual(['Current, full, active and unrestricted registration as a professional nurse in a State']);
  });

  it('reads a questionnaire’s yes/no licensure question as a required licence', () => {
    const q = [
      'Position Title', 'Staff Nurse', 'Agency', 'Example Health Service', 'Assessment 1',
      '1. Do you possess a current, full, active and unrestricted license to practice as a registered nurse in a State?', ' A. Yes', ' B. No',
      '2. Assess patients on admission', ' A. I have not had education, training or experience in performing this task.', ' B. I have done this task under supervision.',
    ].join('\n');
    const role = only(questionnaireToBlocks(q)!);
    expect(texts(role.certifications)).toEqual(['Current, full, active and unrestricted license to practice as a registered nurse in a State']);
    expect(texts(role.responsibilities)).toEqual(['Assess patients on admission']);
    // and a plan towards the role gets it as a milestone of its own
    expect(credentialsRequired(texts(role.requirements)).map((c) => `Hold ${credentialPhrase(c)}`)).toEqual(['Hold a current, full, active and unrestricted license to practice as a registered nurse in a State']);
  });
});

describe('a file with no heading is titled from the job it names, never the file name', () => {
  // a questionnaire saved as one long line, with no "Position Title" header
  it('takes the title from "Thank you for your interest in the … position"', () => {
    const line = 'Occupational Questionnaire Thank you for your interest in the Dental Assistant position with the Example Agency. 1. Which best describes your experience? A. I have none B. I have some';
    const result = ingestJobDescription(textToBlocks(line, 'monster_0001.txt'), { file: 'monster_0001.txt' });
    expect(result.roles[0]!.title).toBe('Dental Assistant');
    expect(result.diagnostics.some((d) => /no job title found/.test(d.message))).toBe(false);
  });

  it('reads "applicants for the position of Staff Nurse" and "the post of Cook" alike', () => {
    expect(titleInProse('We invite applicants for the position of Staff Nurse, Band 5.')).toBe('Staff Nurse');
    expect(titleInProse('This questionnaire is for the post of Cook.')).toBe('Cook');
  });
});

describe('a bullet whose marker was forgotten', () => {
  // Crunch.io "Customer Support Analyst": a duty typed flush left under the bullet above it, which ended its sentence
  it('reads a flush-left sentence after a finished bullet as an item of its own, and keeps wrapped lines joined', () => {
    const md = [
      '# Support Analyst', '', '**What you’ll do**', '',
      '* Learn the product inside out, becoming its expert.', 'Answer customers by email and on video calls every day.',
      '* Have strong experience in Linux systems, networking, containers, and', '  troubleshooting.',
      '* Write the help centre articles for', 'new features as they ship.', '',
    ].join('\n');
    expect(texts(only(markdownToBlocks(md)).responsibilities)).toEqual([
      'Learn the product inside out, becoming its expert.',
      'Answer customers by email and on video calls every day.',
      'Have strong experience in Linux systems, networking, containers, and troubleshooting.',
      'Write the help centre articles for new features as they ship.',
    ]);
  });
});

describe('self-rating scales as agencies word them', () => {
  // a survey of USA Staffing questionnaires outside the corpus: the first rung of the task scale is worded many ways,
  // knowledge items have a scale of their own, and some experience is asked as a yes/no question
  const questionnaire = (...questions: string[]) => questionnaireToBlocks(['Position Title', 'Records Clerk', 'Agency', 'Example Agency', 'Assessment 1', ...questions].join('\n'))!;

  it.each([
    'I have had no training or experience in performing this task.',
    'I have no experience in performing this work behavior, but I am willing to learn.',
    'I do not have experience or demonstrated skill in performing this activity/task.',
    'I have not had experience, education, or training in performing this task.',
  ])('a task rated on a scale starting "%s" is a duty', (rung) => {
    const role = only(questionnaire('1. File and retrieve case records.', ` A. ${rung}`, ' B. I have done this with help.'));
    expect(texts(role.responsibilities)).toEqual(['File and retrieve case records.']);
  });

  it('names the task, not the question around it', () => {
    const role = only(questionnaire('1. Select the option that best describes your experience writing and reviewing official reports.', ' A. I have had no training or experience in performing this task.', ' B. I have written reports.'));
    expect(texts(role.responsibilities)).toEqual(['Writing and reviewing official reports.']);
  });

  it('reads a knowledge scale’s item and a yes/no experience question as requirements', () => {
    const role = only(questionnaire(
      '1. Knowledge of records retention schedules.', ' A. I know little or nothing about this.', ' B. I know the basics.',
      '2. Do you have experience operating a document scanner?', ' A. Yes', ' B. No',
      '3. Do you have specialized experience with all of the following?', '• Indexing scanned files', '• Redacting personal data', ' A. Yes', ' B. No',
    ));
    expect(texts(role.requirements)).toEqual(['Knowledge of records retention schedules.', 'Experience operating a document scanner.', 'Indexing scanned files', 'Redacting personal data']);
    expect(role.responsibilities).toEqual([]);
  });
});

describe('the GOV.UK job-description template', () => {
  // DDaT-style descriptions: "About the job" prose ending "You will:", then "Selection criteria" with essential and
  // desirable lead-ins (the issue: person specifications and their criteria are requirements, never read past)
  const md = [
    '# Junior analyst', '', '## About the job', '', 'Analysts at the department turn data into decisions.', '',
    'As a junior analyst you will join a small team, supported by a senior analyst. You will:', '',
    '* build dashboards for policy teams', '* clean and document data sets', '',
    '## Selection criteria', '', 'Essential skills we will assess you against are:', '',
    '* **Analysis**. Some experience of analysing data', '* **Communication**. Presenting findings clearly', '',
    'Desirable skills (used in the event of a tie-break):', '', '* **Coding**. Some experience of Python', '',
    '## Selection process', '', '* An interview of one hour', '',
  ].join('\n');

  it('reads the list after a paragraph ending "You will:" as duties, and the job’s prose as its summary', () => {
    const role = only(markdownToBlocks(md));
    expect(texts(role.responsibilities)).toEqual(['build dashboards for policy teams', 'clean and document data sets']);
    expect(role.summary).toMatch(/^Analysts at the department/);
  });

  it('reads "Selection criteria" as requirements, desirable ones as preferred, and the selection process as neither', () => {
    const role = only(markdownToBlocks(md));
    expect(texts(role.requirements)).toEqual(['Analysis. Some experience of analysing data', 'Communication. Presenting findings clearly']);
    expect(texts(role.preferred)).toEqual(['Coding. Some experience of Python']);
  });
});

describe('a job family written unevenly (GitLab payroll family shape)', () => {
  // a base "## Payroll" with its own ## sections, "### … Specialist" (a job, not the specialties), a "## Job Grade" one
  // level too shallow, a "### <title> Job Grade" at the level's own depth, "Extends that of Payroll", a duty naming 401(k)
  const md = [
    '---', 'title: "Stores Roles"', '---', '', '## Stores', '', '## Responsibilities', '', '- Keep stock records', '', '## Requirements', '', '- Careful with numbers', '- Spreadsheet skills', '',
    '## Levels', '', '### Stores Specialist', '', 'The Stores Specialist reports to the Stores Manager.', '', '## Job Grade', '', 'The Stores Specialist is a [grade 5](/grades).', '',
    '#### Stores Specialist Responsibilities', '', '- Receive deliveries', '- Process 401(k) and benefit changes for the store team', '', '#### Stores Specialist Requirements', '', '- Extends that of Stores', '',
    '### Stores Analyst', '', '### Stores Analyst Job Grade', '', 'The Stores Analyst is a [grade 6](/grades).', '',
    '#### Stores Analyst Responsibilities', '', '- Extends the Stores Specialist Responsibilities', '- Forecast stock', '',
    '#### Stores Analyst Requirements', '', '- Extends the Stores Specialist Requirements', '- 3 years of stock control experience', '- Retail experience a plus', '',
    '### Stores Manager', '', '#### Stores Manager Job Grade', '', 'The Stores Manager is a [grade 7](/grades).', '',
    '#### Stores Manager Requirements', '', '- Extends the Stores Analyst Requirements', '- 5 years of stock control experience', '',
    '## Hiring Process', '', '- Screening call', '',
  ].join('\n');
  const roles = ingestJobDescription(markdownToBlocks(md)).roles;
  const role = (title: string) => roles.find((r) => r.title === title)!;

  it('finds every level, though one’s grade heading sits a level too shallow and another’s at its own depth', () => {
    expect(roles.map((r) => [r.title, r.grade])).toEqual([['Stores Specialist', 5], ['Stores Analyst', 6], ['Stores Manager', 7]]);
  });

  it('gives "Extends that of Stores" the family’s own requirements, and keeps a duty that names 401(k)', () => {
    expect(texts(role('Stores Specialist').requirements)).toEqual(['Careful with numbers', 'Spreadsheet skills']);
    expect(texts(role('Stores Specialist').responsibilities)).toEqual(['Receive deliveries', 'Process 401(k) and benefit changes for the store team']);
  });

  it('inherits the "… a plus" items listed with the requirements it extends', () => {
    expect(texts(role('Stores Manager').preferred)).toEqual(['Retail experience a plus']);
    expect(role('Stores Manager').requirements).toHaveLength(4);
    expect(role('Stores Analyst').responsibilities).toHaveLength(3);
  });
});

describe('seniority words that are part of a job’s name', () => {
  // the USDA page's "Postdoctoral Fellow in …": no distinguished-engineer level
  it.each(['Postdoctoral Fellow in Sequence Search', 'Research Fellow', 'Teaching Fellow in Chemistry'])('"%s" states no seniority', (title) => {
    expect(seniorityOf(title)).toBeUndefined();
  });

  it('"Engineering Fellow" still does', () => {
    expect(seniorityOf('Engineering Fellow')?.label).toBe('Fellow');
  });
});

describe('finance job titles and the lists under them (GitLab general-ledger family)', () => {
  // "Accountant" and "Accounts Payable" are a typo away from "accountabilities": the family was read as one role
  it.each(['Associate General Ledger Accountant', 'Accounts Payable Analyst (Intermediate)', 'Accounting Manager'])('"%s" is a job heading, not a duties section', (heading) => {
    expect(classifyHeading(heading).kind).toBe('other');
  });

  it('still reads misspelt accountabilities as duties', () => {
    expect(classifyHeading('Key acountabilities').kind).toBe('responsibilities');
  });

  it('splits a family of accountants into its levels', () => {
    const md = [
      '## Levels', '', '### Associate Ledger Accountant', '', '#### Job Grade', '', 'The Associate Accountant is a grade 5.', '', '#### Associate Ledger Accountant Responsibilities', '', '* Post journal entries', '',
      '### Senior Ledger Accountant', '', '#### Job Grade', '', 'The Senior Accountant is a grade 7.', '', '### Senior Ledger Accountant Responsibilities', '', '* Review journal entries', '* Proficient with accruals and able to teach others', '* 5-7 years public accounting experience', '',
    ].join('\n');
    const roles = ingestJobDescription(markdownToBlocks(md)).roles;
    expect(roles.map((r) => [r.title, r.grade])).toEqual([['Associate Ledger Accountant', 5], ['Senior Ledger Accountant', 7]]);
    // a skill listed with the duties is counted where the page lists it; years of experience are a requirement wherever they are
    expect(texts(roles[1]!.responsibilities)).toEqual(['Review journal entries', 'Proficient with accruals and able to teach others']);
    expect(texts(roles[1]!.requirements)).toEqual(['5-7 years public accounting experience']);
  });

  it('reads "Preferrably have a CPA" as preferred', () => {
    const role = only(markdownToBlocks('# Accountant\n\n## Requirements\n\n* 1-3 years public accounting experience\n* Preferrably have or be working towards a CPA\n'));
    expect(texts(role.preferred)).toEqual(['Preferrably have or be working towards a CPA']);
  });
});
