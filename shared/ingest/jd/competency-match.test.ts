import { describe, expect, it } from 'vitest';
import { competencyCatalogue } from '../../test/job-description-reading';
import { testFramework } from '../../test/fixtures';
import { FRAMEWORK_SCHEMA_VERSION, FrameworkSchema } from '../../model/framework';
import { DEFAULT_SCALE } from '../../model/scale';
import { competenciesIn } from './competency-match';
import { proposeCompetencies } from './competency-proposals';

/** A catalogue like a real engineering matrix's: multi-word names, "X and Y" names, qualifiers, an alias. */
const framework = FrameworkSchema.parse({
  kind: 'trellis.framework',
  schemaVersion: 2,
  id: 'eng',
  name: 'Engineering',
  scales: [DEFAULT_SCALE],
  competencies: [
    { id: 'code', name: 'Coding', kind: 'skill' },
    { id: 'design', name: 'System design', kind: 'skill' },
    { id: 'arch', name: 'Software architecture', kind: 'knowledge' },
    { id: 'test', name: 'Testing and quality', kind: 'skill' },
    { id: 'review', name: 'Code review', kind: 'skill' },
    { id: 'incident', name: 'Incident response', kind: 'skill' },
    { id: 'mentor', name: 'Mentoring', kind: 'skill' },
    { id: 'hire', name: 'Hiring and interviewing', kind: 'skill' },
    { id: 'comms', name: 'Communication', kind: 'ability' },
    { id: 'collab', name: 'Collaboration across teams', kind: 'ability' },
    { id: 'decide', name: 'Decision making under uncertainty', kind: 'ability' },
    { id: 'coach', name: 'Coaching and feedback', kind: 'ability' },
    { id: 'domain', name: 'Domain knowledge (payments)', kind: 'knowledge' },
    { id: 'k8s', name: 'Container orchestration', kind: 'knowledge', aliases: ['Kubernetes'] },
  ],
  roles: [],
});

const found = (sentence: string) => competenciesIn(sentence, framework).map((m) => m.competency.name);

describe('matching a job description to the catalogue', () => {
  it('is tolerant of case, punctuation, plurals, word forms and common synonyms', () => {
    expect(found('Strong CODING skills in a typed language')).toEqual(['Coding']);
    expect(found('Experience designing systems that handle money')).toEqual(['System design']);
    expect(found('Knowledge of software-architecture patterns')).toEqual(['Software architecture']);
    expect(found('You write tests for everything you ship')).toEqual(['Testing and quality']);
    expect(found('Reviews code from other engineers')).toEqual(['Code review']);
    expect(found('Take part in the on-call rotation')).toEqual(['Incident response']);
    expect(found('Provides mentorship to junior engineers')).toEqual(['Mentoring']);
    expect(found('Experience recruiting engineers')).toEqual(['Hiring and interviewing']);
    expect(found('An excellent communicator with senior leaders')).toEqual(['Communication']);
    expect(found('Works well with cross-functional partners; collaborates across teams')).toEqual(['Collaboration across teams']);
    expect(found('Comfortable making decisions with incomplete data')).toEqual(['Decision making under uncertainty']);
    expect(found('Gives useful feedback and coaches others')).toEqual(['Coaching and feedback']);
    expect(found('Domain knowledge of card payments')).toEqual(['Domain knowledge (payments)']);
    // the catalogue's aliases count as names
    expect(found('Runs services on Kubernetes')).toEqual(['Container orchestration']);
  });

  it('keeps the sentence as evidence and reads the level the wording implies', () => {
    const [expert] = competenciesIn('Expert in system design at scale', framework);
    expect(expert).toMatchObject({ evidence: 'Expert in system design at scale', level: 5 });
    expect(competenciesIn('Working knowledge of software architecture', framework)[0]!.level).toBe(3);
    expect(competenciesIn('Strong coding skills', framework)[0]!.level).toBe(4);
    expect(competenciesIn('Some familiarity with code review', framework)[0]!.level).toBe(2);
    expect(competenciesIn('Deep understanding of software architecture', framework)[0]!.level).toBe(4);
    expect(competenciesIn('Coding in Go', framework)[0]!.level).toBeUndefined();
  });

  it('does not match nonsense: similar-looking words, generic words and other meanings', () => {
    for (const sentence of [
      'Vocal champion for the developer community',
      'Follows the code of conduct and the dress code',
      'Works with our design systems team',
      'Delivers high quality work',
      'Reports on campaign performance',
      'Welcomes new joiners to the office',
      'Knows where to find information',
      'Designs posters and collateral',
      'Plans the budget for the quarter',
      'Handles customer incidents at the help desk politely',
      'Understands the feedback form',
      'Makes tea for the office',
      'Understands payment terms of suppliers',
    ]) {
      expect(found(sentence), sentence).toEqual([]);
    }
  });
});

describe('rules that keep matching precise', () => {
  /** A catalogue holding both a competency and one of its usual synonyms as a competency of its own. */
  const research = FrameworkSchema.parse({
    kind: 'trellis.framework',
    schemaVersion: FRAMEWORK_SCHEMA_VERSION,
    id: 'research',
    name: 'Research',
    scales: [DEFAULT_SCALE],
    competencies: [
      { id: 'ur', name: 'User research', kind: 'skill' },
      { id: 'ut', name: 'Usability testing', kind: 'skill' },
      { id: 'collab', name: 'Collaboration', kind: 'ability' },
      { id: 'est', name: 'Estimation', kind: 'skill' },
      { id: 'lead', name: 'Technical leadership', kind: 'skill' },
      { id: 'cloud', name: 'Cloud infrastructure', kind: 'knowledge' },
      { id: 'iac', name: 'Infrastructure as code', kind: 'skill' },
      { id: 'train', name: 'Training co-workers', kind: 'skill' },
    ],
    roles: [],
  });
  const inResearch = (sentence: string) => competenciesIn(sentence, research).map((m) => m.competency.name);

  it('a synonym that is another competency of the catalogue stays that competency', () => {
    expect(inResearch('Runs usability testing sessions')).toEqual(['Usability testing']);
    expect(inResearch('Plans user research with the team')).toEqual(['User research']);
    // with no "Usability testing" of its own, the catalogue's "User research" is found by it
    expect(competenciesIn('Runs usability testing sessions', FrameworkSchema.parse({ ...research, competencies: [research.competencies[0]] })).map((m) => m.competency.name)).toEqual(['User research']);
  });

  it('words of general meaning standing apart name no competency; a specific word among them does', () => {
    expect(inResearch('Work directly with the team to improve uptime')).toEqual([]);
    expect(inResearch('You collaborate across teams')).toEqual(['Collaboration']);
    expect(inResearch('Works across several teams every week')).toEqual([]);
  });

  it('a past participle after "the" describes the next word and is not the activity', () => {
    expect(inResearch('Advises on the estimated effort of user stories')).toEqual([]);
    expect(inResearch('Estimated the effort of user stories')).toEqual(['Estimation']);
    expect(inResearch('Experience with estimation of user stories')).toEqual(['Estimation']);
  });

  it('finds leadership and cloud work as job descriptions write them', () => {
    expect(inResearch('Experience of providing technology leadership in complex programmes')).toEqual(['Technical leadership']);
    expect(inResearch('Experience in the use of cloud technologies and cloud computing')).toEqual(['Cloud infrastructure']);
    expect(inResearch('Stores the files in the cloud folder')).toEqual([]);
    expect(inResearch('Experience implementing Terraform best practices')).toEqual(['Infrastructure as code']);
    expect(inResearch('Provide instructions to co-workers on the proper operation of equipment')).toEqual(['Training co-workers']);
    expect(inResearch('Reports problems to co-workers')).toEqual([]);
  });
});

/** A catalogue of skills by name only, as the corpus's scoring frameworks are. */
describe('tools and phrases that name a craft', () => {
  const ops = competencyCatalogue('ops', ['Linux administration', 'Version control', 'Security practices', 'Performance and scalability']);
  const inOps = (sentence: string) => competenciesIn(sentence, ops).map((m) => m.competency.name);

  it('finds Linux, Git, a security posture and scaling as job ads write them', () => {
    expect(inOps('Deep experience running Linux systems in production')).toEqual(['Linux administration']);
    expect(inOps('Fluent with Linux and the shell')).toEqual(['Linux administration']);
    expect(inOps('Comfortable with Git and code review')).toEqual(['Version control']);
    expect(inOps('Improve our security posture through regular security audits')).toEqual(['Security practices']);
    expect(inOps('Help the platform scale globally')).toEqual(['Performance and scalability']);
  });

  it('a company named GitLab, or security alone in a list of domains, is no craft', () => {
    expect(inOps('Ability to use GitLab')).toEqual([]);
    expect(inOps('Experience across domains such as Business, Applications, Data and Security')).toEqual([]);
  });
});

describe('sentences that name no competency stay unmatched (shapes met in real job ads)', () => {
  /** A catalogue with the one-word names job ads use in other senses: reporting, closing, accounting, scheduling. */
  const wide = competencyCatalogue('wide', ['Reporting', 'Sales reporting', 'User research', 'Line management', 'Account management', 'Programming', 'Prospecting', 'Closing', 'Accounting', 'Presentation', 'Hiring and interviewing', 'Scheduling', 'Health and safety', 'Collaboration', 'Stakeholder management', 'Budgeting', 'SQL reporting', 'Charge nurse duties', 'Pipeline management']);
  const inWide = (sentence: string) => competenciesIn(sentence, wide).map((m) => m.competency.name);

  it('a reporting line, a closing date, an interview or a benefit is not the skill its word names', () => {
    for (const sentence of [
      'Reports to: Head of Finance',
      'Reporting to the Director of Sales, you will own the EMEA region',
      'Reporting into the Chief Operating Officer',
      'The closing date for applications is 5 June',
      'Our offices are closed on bank holidays',
      'You will work in close collaboration with the product team'.replace('collaboration', 'contact'),
      'We take your wellbeing into account',
      'You will be present in the office two days a week',
      'Candidates will be asked to present at interview',
      'Interviews are scheduled in the first week of June',
      'Private health insurance and a pension scheme',
      'A yearly learning budget of £1,000',
      'Sales accounts across EMEA',
      'Supervise students during scheduled field trips',
      'Share what you learn through blog posts and other collaboration channels',
      'You will join a multidisciplinary team of developers, designers and user researchers',
      'Agree objectives with line managers',
      'Prepare the management accounts each month',
      'Work to the Civil Service code',
      'Our values are collaboration, results, efficiency, diversity, iteration and transparency',
      'Demonstrate the product to prospects',
    ]) {
      expect(inWide(sentence), sentence).toEqual([]);
    }
  });

  it('the same words still match where they name the work', () => {
    expect(inWide('Prepare weekly reports for the leadership team')).toEqual(['Reporting']);
    expect(inWide('Report to the board on pipeline health')).toContain('Reporting');
    expect(inWide('Close new business with mid-market customers')).toEqual(['Closing']);
    expect(inWide('Present findings to senior stakeholders')).toEqual(['Presentation']);
    expect(inWide('Schedule staff shifts for the store')).toEqual(['Scheduling']);
    expect(inWide('Conduct interviews for new engineers')).toEqual(['Hiring and interviewing']);
    expect(inWide('Follow health and safety procedures on the shop floor')).toEqual(['Health and safety']);
    expect(inWide('Manage stakeholders across Product Management and Legal')).toEqual(['Stakeholder management']);
    expect(inWide('Manage the sales pipeline and forecast')).toEqual(['Pipeline management']);
    expect(inWide('Manage The Sales Pipeline')).toEqual(['Pipeline management']);
    expect(inWide('Experience in accounting for fixed assets')).toEqual(['Accounting']);
    expect(inWide('Working knowledge of SQL for campaign reporting')).toEqual(['SQL reporting']);
    expect(inWide('Serves as charge nurse on the evening shift')).toEqual(['Charge nurse duties']);
    expect(inWide('Collaborates with designers every day')).toEqual(['Collaboration']);
    expect(inWide('Plans user research with the team')).toEqual(['User research']);
    expect(inWide('Experience of line management')).toEqual(['Line management']);
    expect(inWide('Managing accounts of every size')).toEqual(['Account management']);
    expect(inWide('Write code in Python')).toEqual(['Programming']);
    expect(inWide('Prospecting for new business')).toEqual(['Prospecting']);
    // the words of a department's name are not joined to a word outside it
    expect(inWide('Collaborate with Product Management and other stakeholders')).toEqual(['Collaboration']);
  });
});

describe('proposing competencies without a framework', () => {
  const names = (sentence: string) => proposeCompetencies(sentence).map((p) => p.name);

  it('names what follows "experience with", "knowledge of", "proficiency in", "ability to" and "… skills"', () => {
    expect(names('Experience with Python, Go and Rust')).toEqual(['Python', 'Go', 'Rust']);
    expect(names('Strong knowledge of SQL and data modelling')).toEqual(['SQL', 'Data modelling']);
    expect(names('Proficiency in Ruby on Rails or Django')).toEqual(['Ruby on Rails', 'Django']);
    expect(names('Ability to use GitLab')).toEqual(['Using GitLab']);
    expect(names('Excellent negotiation skills')).toEqual(['Negotiation']);
    expect(names('Strong analytical skills')).toEqual(['Analytical skills']);
    expect(names('Experience hiring and interviewing engineers')).toEqual(['Hiring and interviewing engineers']);
    expect(names('Working knowledge of Kubernetes')).toEqual(['Kubernetes']);
    // the examples after "such as" are the competencies, not "a variety of areas"
    expect(names('Experience in a variety of HR areas such as change management, performance management, and employee relations')).toEqual(['Change management', 'Performance management', 'Employee relations']);
  });

  it('proposes nothing from sentences that ask for no competency, and never a lone verb or a generic word', () => {
    for (const sentence of ['Ability to travel if needed', 'Ability to thrive in a fully remote organization', 'Past experience delivering, accelerating, and expanding sales pipeline', 'Experience with supporting both direct and channel sales', 'Knowledge of the business', 'You share our values', '5+ years of experience']) {
      expect(names(sentence).filter((n) => /^(Delivering|Accelerating|Supporting|Business|Thriving|Travelling|Traveling)$/.test(n) || n.split(' ').length > 5), sentence).toEqual([]);
    }
    expect(names('Ability to travel if needed')).toEqual([]);
    expect(names('Knowledge of the business')).toEqual([]);
    expect(names('You share our values, and work in accordance with those values')).toEqual([]);
  });

  it('proposes noun phrases a person would call a skill: no people, no trailing-off words, no generic nouns', () => {
    expect(names('Experience of working with business and technology stakeholders to agree plans')).toEqual([]);
    expect(names('Perhaps you have experience in web development and maybe even in sales')).toEqual(['Web development']);
    expect(names('Experience in the use of cloud technologies')).toEqual(['Cloud technologies']);
    expect(names('A good understanding of survey analysis concepts')).toEqual(['Survey analysis concepts']);
    expect(names('You have excellent research skills')).toEqual([]);
    expect(names('Others describe you as curious, and you have excellent deductive skills')).toEqual(['Deductive skills']);
    expect(names('Strong technical skills')).toEqual([]);
    expect(names('You have the ability to multitask and handle frequent interruptions')).toEqual([]);
    expect(names('Ability to handle sensitive and confidential information')).toEqual(['Handling sensitive and confidential information']);
    expect(names('Knowledge of federal, state and local regulations')).toEqual(['Federal, state and local regulations']);
    expect(names('Experience owning a project from concept to production, including proposal, discussion, and execution')).toEqual([]);
  });

  it('deduplicates by meaning-bearing words', () => {
    const keys = proposeCompetencies('Experience with APIs and knowledge of API design, and experience with API').map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the test framework fixture', () => {
  it('matches its own competency names exactly', () => {
    const fw = testFramework();
    for (const c of fw.competencies) expect(competenciesIn(`We need ${c.name.toLowerCase()}.`, fw).map((m) => m.competency.id)).toContain(c.id);
  });
});
