// Shapes met in real job descriptions (the corpus of `npm run realdata -- --score`), each reproduced in a fixture of our
// own writing; the comment on each test names the real document that showed it.
import { describe, expect, it } from 'vitest';
import { competencyCatalogue, only, texts } from '../../test/job-description-reading';
import { htmlToBlocks } from '../document/html';
import { markdownToBlocks } from '../document/markdown';
import { questionnaireToBlocks } from '../document/questionnaire';
import { textToBlocks } from '../document/text';
import { ingestJobDescription } from '../job-description';
import { experienceYearsIn } from './fields';
import { notAJobDescription, delimitedTableShape } from './not-a-job-description';


describe('titles from the strongest signal', () => {
  it('takes the front-matter title over an "About" heading and a "Remote working" heading (Crunch.io, TOML front matter)', () => {
    const md = '+++\ndraft = true\ntitle = "Customer Support Analyst"\n+++\n\n**Reports to**: Head of Support\n\n**What you will do**\n\n* Answer tickets\n\n**Remote working**\n\nWe are a remote company.\n';
    expect(only(markdownToBlocks(md)).title).toBe('Customer Support Analyst');
  });

  it('never takes a company-introduction heading as the title (startup posts open with "About <Company>")', () => {
    const md = '## About Lumen\n\nWe build tools.\n\n## Senior Data Engineer\n\n## Responsibilities\n\n- Build pipelines\n';
    expect(only(markdownToBlocks(md)).title).toBe('Senior Data Engineer');
  });

  it('reads the posting out of a front-matter title that announces it (rOpenSci "Hiring our next Community Manager")', () => {
    const md = '---\ntitle: "Hiring our next Community Manager"\n---\n\n## Key responsibilities\n\n* Run community calls\n';
    expect(only(markdownToBlocks(md)).title).toBe('Community Manager');
  });

  it('keeps the whole front-matter title ("Team Lead, SRE and Devops"), not the words of a sentence', () => {
    const md = '+++\ntitle = "Team Lead, SRE and Devops"\n+++\n\nWe are hiring a Team Lead over Systems Engineering.\n\n**What you will do**\n\n- Lead the SRE team\n';
    expect(only(markdownToBlocks(md)).title).toBe('Team Lead, SRE and Devops');
  });
});

describe('templates', () => {
  it('blanks ERB, Liquid and Hugo tags, keeping line numbers (GitLab .html.md.erb partials)', () => {
    const md = '---\ntitle: "Account Executive"\n---\n\n## Responsibilities\n\n* Own your book of business\n\n<%= partial("job-families/sales/performance", :locals => { :roleName => "AE" }) %>\n{{< section-inline-toc >}}\n{% include apply.html %}\n\n## Requirements\n\n* Sales experience\n';
    const role = only(markdownToBlocks(md));
    expect(texts(role.responsibilities)).toEqual(['Own your book of business']);
    expect(texts(role.requirements)).toEqual(['Sales experience']);
    expect(role.requirements[0]!.line).toBe(15);
  });
});

describe('lists as people type them', () => {
  it('reads "•" lines separated by <br> as items, not the summary (job-board HTML)', () => {
    const role = only(htmlToBlocks('<h1>Store Associate</h1><p><b>Duties</b></p><p>• Greet customers<br>• Run the till<br>• Restock shelves</p><p><b>Requirements</b></p><p>• Able to lift 20kg<br>• Weekend availability</p>'));
    expect(texts(role.responsibilities)).toEqual(['Greet customers', 'Run the till', 'Restock shelves']);
    expect(texts(role.requirements)).toEqual(['Able to lift 20kg', 'Weekend availability']);
  });

  it('strips glyphs typed in Word ("●") and keeps a bullet beginning "We are…"', () => {
    const role = only(textToBlocks('Care Assistant\n\nResponsibilities\n● Support residents with personal care\n● Record care notes\n\nRequirements\n● NVQ Level 2 in Health and Social Care\n● We are looking for kindness and patience\n'));
    expect(texts(role.responsibilities)).toEqual(['Support residents with personal care', 'Record care notes']);
    expect(texts(role.requirements)).toEqual(['NVQ Level 2 in Health and Social Care', 'We are looking for kindness and patience']);
  });

  it('reads plain lines under a duties heading as one item each (never merged)', () => {
    const role = only(markdownToBlocks('# Payroll Officer\n\n## Key duties\nProcess the monthly payroll\nAnswer pay queries from staff\nReconcile payroll accounts\n'));
    expect(texts(role.responsibilities)).toEqual(['Process the monthly payroll', 'Answer pay queries from staff', 'Reconcile payroll accounts']);
  });

  it('makes a list preferred when its lead-in says it is an advantage but not essential (DfE enterprise architect)', () => {
    const md = '# Enterprise architect\n\n## Skills you need\n\nYou should be able to show the following essential skills:\n\n- Experience as an architect\n\nThe following skills would be an advantage, but are not essential:\n\n- TOGAF certification\n- Line management experience\n';
    const role = only(markdownToBlocks(md));
    expect(texts(role.requirements)).toEqual(['Experience as an architect']);
    expect(texts(role.preferred)).toEqual(['TOGAF certification', 'Line management experience']);
  });

  it('removes zero-width spaces pasted from Word between words (DfE tech docs)', () => {
    const role = only(markdownToBlocks('# Enterprise architect\n\n## Your main responsibilities will include:\n\n- Building\u200b \u200btechnical\u200b roadmaps\n'));
    expect(texts(role.responsibilities)).toEqual(['Building technical roadmaps']);
  });
});

describe('sections by meaning', () => {
  it('reads past benefits and the interview process, each reported once, and keeps "Specialist skills" as requirements', () => {
    const md = '# Payroll Officer\n\n## Responsibilities\n\n- Run payroll\n\n## Specialist skills\n\n- Knowledge of PAYE\n\n## Job specific skills\n\n- Sage Payroll\n\n## Benefits\n\n- Free lunch\n- Health insurance\n\n## Interview process\n\n1. Phone screen\n2. Onsite\n\n## Sold? Apply now\n\n* Send us your CV\n';
    const result = ingestJobDescription(markdownToBlocks(md));
    const role = result.roles[0]!;
    expect(texts(role.responsibilities)).toEqual(['Run payroll']);
    expect(texts(role.requirements)).toEqual(['Knowledge of PAYE', 'Sage Payroll']);
    const readPast = result.diagnostics.filter((d) => d.message.startsWith('read past'));
    expect(readPast.map((d) => d.message.split('"')[1])).toEqual(['Benefits', 'Interview process', 'Sold? Apply now']);
  });

  it('keeps a skill that says how "to apply" something (DfE lead service designer), not taking it for how to apply', () => {
    const role = only(markdownToBlocks('# Lead service designer\n\n## Essential\n\n* **User focus.** You know how to apply strategic thinking to the service.\n* **Digital perspective.** You have the ability to apply a digital understanding to your work.\n\n## How to apply\n\n* Apply online with your CV\n'));
    expect(role.requirements).toHaveLength(2);
  });

  it('reads a bold question as a heading ("What will I be delivering?" are the duties, Crunch.io)', () => {
    const role = only(markdownToBlocks('# Product Manager\n\n**What will I be delivering?**\n\n- A roadmap\n- Product documentation\n\n**Qualifications:**\n\n- 2+ years working in product management\n'));
    expect(texts(role.responsibilities)).toEqual(['A roadmap', 'Product documentation']);
    expect(role.experienceYears).toBe(2);
  });
});

describe('levels and lead-ins in prose', () => {
  it('takes the government classification as the level, in English and French (Canadian Digital Service)', () => {
    expect(only(markdownToBlocks('# Administrative Officer\n\nThis role is classified as an [AS-03](https://example.org) in the group.\n\n**In this role, you will:**\n\n- Process invoices\n')).level).toBe('AS-03');
    expect(only(markdownToBlocks('# Coordonnateur des opérations\n\nCe poste est classifié AS-02 dans le groupe Administration.\n\n**Responsabilités**\n\n- gérer les dossiers;\n')).level).toBe('AS-02');
  });

  it('reads a list after "We are looking for someone who:" as requirements, with no heading of its own', () => {
    const role = only(markdownToBlocks('# Coordinator\n\nWe are looking for someone who:\n\n- communicates well;\n- solves problems;\n\n**Responsibilities**\n\n- run onboarding;\n'));
    expect(texts(role.requirements)).toEqual(['communicates well;', 'solves problems;']);
    expect(texts(role.responsibilities)).toEqual(['run onboarding;']);
  });

  it('keeps a basic qualification required when only an aside in brackets prefers something (Crunch.io SRE lead)', () => {
    const role = only(markdownToBlocks('# SRE Lead\n\n**Basic qualifications**\n\n- Docker / Kubernetes production experience required (Spinnaker experience preferred).\n- Linux networking (IPv6 nice to have).\n\n**Advanced (preferred) qualifications**\n\n- Python\n'));
    expect(role.requirements).toHaveLength(2);
    expect(texts(role.preferred)).toEqual(['Python']);
  });
});

describe('a preference that accepts alternatives', () => {
  it('keeps the qualification required when others are also considered (Crunch.io support analyst)', () => {
    const role = only(markdownToBlocks('# Analyst\n\n**Basic qualifications**\n\n- Education. A degree in statistics preferred but other quantitative degrees or equivalent work experience will also be considered.\n- A degree in statistics preferred.\n'));
    expect(texts(role.requirements)).toEqual(['Education. A degree in statistics preferred but other quantitative degrees or equivalent work experience will also be considered.']);
    expect(texts(role.preferred)).toEqual(['A degree in statistics preferred.']);
  });
});

describe('encouragement to apply is not a duty', () => {
  it('drops "apply anyway" in English and French after the duties, and keeps the duties (CDS people operations, French)', () => {
    for (const closing of ['We know not everyone ticks every box. Apply anyway! Tell us why you are the right person for this job.', 'Nous savons que tout le monde « ne coche pas toutes les cases ». Postulez quand même! Dites-nous pourquoi vous êtes la bonne personne.']) {
      const role = only(markdownToBlocks(`# Coordinator\n\n**Responsibilities**\n\n- manage talent administration;\n- navigate complex staffing files.\n\n${closing}\n`));
      expect(role.responsibilities.length, closing).toBe(2);
      expect(texts(role.responsibilities).filter((t) => /apply|postulez|dites-nous|tell us/i.test(t)), closing).toEqual([]);
      expect(texts(role.responsibilities).slice(0, 2)).toEqual(['manage talent administration;', 'navigate complex staffing files.']);
    }
  });
});

describe('numbers in context', () => {
  it('takes years only from statements about experience', () => {
    expect(experienceYearsIn('Renew your BLS if your certification is over 2 years old')).toBeUndefined();
    expect(experienceYearsIn('Political appointee within the last five years')).toBeUndefined();
    expect(experienceYearsIn('Amazing Salesperson. 8‐10+ years of enterprise software sales experience.')).toBe(8);
    expect(experienceYearsIn('One (1) year of specialized experience at the GS-07 grade level')).toBe(1);
    const role = only(markdownToBlocks('# Nurse\n\n## Requirements\n- 4 years of experience in acute care\n- Renew your BLS if your certification is over 2 years old\n'));
    expect(role.experienceYears).toBe(4);
  });
});

describe('job-family pages', () => {
  const md = `---
title: "Support Engineer"
---

## All levels

### Requirements
- Ability to use the product

## Support Engineer

### Job Grade
The Support Engineer is a grade 6.

### Responsibilities
- Answer customer tickets
- Write documentation

### Requirements
- 2 years of experience in support

## Senior Support Engineer

### Job Grade
The Senior Support Engineer is a grade 7.

### Responsibilities
Extends that of the Support Engineer responsibilities.
- Mentor other engineers

## Specialties

### Federal
#### Additional Requirements
- Hold a security clearance

### Technical Support
TODO

## Performance indicators
- Ticket first reply time

## Hiring process
- Screening call
`;
  const result = ingestJobDescription(markdownToBlocks(md, 'support.md'));

  it('finds the levels, never "Job Grade", "Performance indicators" or "Hiring process"', () => {
    expect(result.roles.filter((r) => !r.specialisationOf).map((r) => [r.title, r.grade])).toEqual([
      ['Support Engineer', 6],
      ['Senior Support Engineer', 7],
    ]);
  });

  it('says a note the page repeats once, with how often it came up', () => {
    const md = '# Support Engineer\n\n## Support Engineer\n\n### Responsibilities\n- Answer tickets\n\n### Hiring process\n- Call\n\n## Senior Support Engineer\n\n### Responsibilities\n- Mentor\n\n### Hiring process\n- Call\n';
    const notes = ingestJobDescription(markdownToBlocks(md)).diagnostics.filter((d) => /read past "Hiring process"/.test(d.message));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toMatch(/2 times on the page/);
  });

  it('makes each specialty a variant of its level, reached by a lateral move; an empty one ("TODO") is no role', () => {
    const federal = result.roles.find((r) => r.specialisationOf);
    expect(result.roles.filter((r) => r.specialisationOf).map((r) => r.title)).toEqual(['Support Engineer, Federal']);
    expect(federal!.specialisationOf).toBe('Support Engineer');
    expect(texts(federal!.requirements)).toEqual(expect.arrayContaining(['Hold a security clearance', '2 years of experience in support']));
    expect(result.transitions).toEqual([
      { from: 'Support Engineer', to: 'Senior Support Engineer', type: 'promotion' },
      { from: 'Support Engineer', to: 'Support Engineer, Federal', type: 'lateral' },
    ]);
  });

  it('gives a level what it extends ("Extends that of …" is inheritance, not a requirement) and "All levels" to every level', () => {
    const [intermediate, senior] = result.roles;
    expect(texts(senior!.responsibilities)).toEqual(['Answer customer tickets', 'Write documentation', 'Mentor other engineers']);
    expect(texts(senior!.requirements)).not.toContainEqual(expect.stringMatching(/extends/i));
    expect(texts(intermediate!.requirements)).toEqual(['Ability to use the product', '2 years of experience in support']);
    expect(texts(senior!.requirements)).toContain('Ability to use the product');
  });
});

describe('not a job description', () => {
  it('names a calendar page for what it is', () => {
    const page = htmlToBlocks('<html><head><title>Google Calendar</title></head><body><div>Today</div><div>Mon 7</div><div>9 AM</div><div>Weekly sync</div></body></html>');
    expect(notAJobDescription(page)).toMatch(/calendar page/);
    expect(notAJobDescription(markdownToBlocks('# Nurse\n\n## Responsibilities\n\n- Care for patients\n\n## Requirements\n\n- RN licence\n'))).toBeUndefined();
  });

  it('recognises a spreadsheet saved as text, and not a prose job description', () => {
    expect(delimitedTableShape('competency,level,description\nSQL,1,Writes queries\nSQL,2,Tunes queries\nPython,1,Writes scripts\n')).toEqual({ delimiter: ',', columns: 3, rows: 4 });
    expect(delimitedTableShape('Payroll Officer\n\nYou will run payroll, answer queries, and reconcile accounts.\nWe offer a pension.\nApply by Friday.\n')).toBeUndefined();
  });
});

describe('application questionnaires (USA Staffing, saved as text)', () => {
  const text = ['Position Title', 'Sales Store Checker', 'Agency', 'Defense Commissary Agency', 'Announcement Number', 'X-1 Opens in new window', 'Eligibilities', '1. Do you claim Veterans’ Preference?', ' A. No', ' B. Yes', 'Assessment 1', '1. Select the one that best describes your ability to perform the duties of a Sales Store Checker at the GS-03 grade level.', ' A. I have at least six months of general experience.', ' B. My education or experience is not reflected above.', '2. Operate a cash register scanning system.', ' A. I have not had education, training, or experience in performing this task.', ' B. I am considered an expert in performing this task.', '3. Respond courteously to patron questions.', ' A. I have not had education, training, or experience in performing this task.', ' B. I am considered an expert in performing this task.'].join('\n');

  it('reads the title and agency from the header and each task once as a duty, never its answer options or the eligibility questions', () => {
    const doc = questionnaireToBlocks(text, 'q.txt')!;
    const role = only(doc);
    expect(role.title).toBe('Sales Store Checker');
    expect(role.department).toBe('Defense Commissary Agency');
    expect(role.level).toBe('GS-03');
    expect(texts(role.responsibilities)).toEqual(['Operate a cash register scanning system.', 'Respond courteously to patron questions.']);
    expect(texts(role.requirements)).toEqual(['I have at least six months of general experience.']);
  });

  it('takes the minimum qualification as the requirement and its years, before its examples (ICE accountant)', () => {
    const q = ['Position Title', 'Accountant', 'Agency', 'Immigration and Customs Enforcement', 'Assessment 1', '1. Per OPM Individual Occupational Requirements', 'Degree: Accounting; or a related degree with 24 semester hours in accounting.', 'Combination of education and experience: at least 4 years of experience in accounting.', 'Minimum Qualifications: One (1) year of specialized experience at the GS-07 grade level or equivalent performing duties such as:', ' A. Yes', ' B. No', '2. Prepares reports for submission.', ' A. I have not had education, training, or experience in performing this task.', ' B. I am considered an expert in performing this task.'].join('\n');
    const role = only(questionnaireToBlocks(q)!);
    expect(role.experienceYears).toBe(1);
    expect(texts(role.requirements)).toContain('Minimum Qualifications: One (1) year of specialized experience at the GS-07 grade level or equivalent.');
    expect(texts(role.responsibilities)).toEqual(['Prepares reports for submission.']);
  });

  it('leaves any other text to the text reader', () => {
    expect(questionnaireToBlocks('Payroll Officer\n\n- Run payroll\n')).toBeUndefined();
  });
});

describe('matching to a framework', () => {
  const framework = competencyCatalogue('fw', ['SQL reporting', 'Charge nurse duties', 'Pipeline management', 'Linux administration', 'Patient assessment', 'Budgeting']);
  const matched = (line: string) => ingestJobDescription(markdownToBlocks(`# Role\n\n## Responsibilities\n\n- ${line}\n`), { framework }).roles[0]!.competencies.filter((c) => c.matched).map((c) => c.name);

  it('finds paraphrases and domain verbs', () => {
    expect(matched('Working knowledge of SQL and Looker for campaign reporting')).toEqual(['SQL reporting']);
    expect(matched('Serves as charge nurse on the night shift')).toEqual(['Charge nurse duties']);
    expect(matched('Develop and manage the sales pipeline')).toEqual(['Pipeline management']);
    expect(matched('Expertise with Linux system administration')).toEqual(['Linux administration']);
    expect(matched('Advise on accounting and budgetary issues')).toEqual(['Budgeting']);
  });

  it('leaves a sentence that names no competency unmatched', () => {
    expect(matched('Share our values and work in accordance with them')).toEqual([]);
    expect(matched('Travel to customer sites up to 50% of the time')).toEqual([]);
  });

  it('without a framework, proposes skills, never "But", "Robust" or the company', () => {
    const role = only(markdownToBlocks('# Data Analyst\n\n## About Lumen\n\nLumen builds tools.\n\n## Requirements\n\n- Robust SQL skills\n- But also Python and Tableau experience\n- Experience with Lumen Cloud\n'));
    const names = role.competencies.map((c) => c.name);
    expect(names).toContain('SQL');
    expect(names.some((n) => /^(but|robust)\b/i.test(n) || /lumen/i.test(n))).toBe(false);
  });
});
