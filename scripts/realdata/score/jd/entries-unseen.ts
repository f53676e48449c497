// Twenty documents added on 2026-12-08 (fourteen at first, then the GitLab payroll family, two VA nursing
// questionnaires, a retail posting kept in front matter, a retail job-board page and the GitLab general-ledger family), after the reader had been tuned on the first corpus: nobody had run the
// reader on them when these facts were written (the commit adding this file comes before any change made while looking
// at them). Their check half is the unseen figure. Facts were written by reading each saved file; conventions as in
// entries.ts: every bullet, numbered task or plain duty line counts once; "preferred" / "is a plus" items under a
// requirements heading count as preferred; a level that extends another counts its own items plus the inherited ones,
// and a count is left out where the document repeats an inherited item word for word (a person could count it either
// way). Halves by the rule: first hex digit of sha1(id), 0–7 tuning, 8–f check.
import type { CorpusEntry } from '../corpus';
import type { JobDescriptionFacts } from './facts';

type Entry = CorpusEntry<JobDescriptionFacts>;
const USAJOBS = 'abigailhaddad/usajobs_historical · questionnaires/raw_questionnaires';
const DFE_DDT = 'DFE-Digital/ddt-job-descriptions · app/views/jd';
const DFE_COMMIT = '71abfa7287f8e08ee0221e9e6700cb8539285143';
const CDS = 'cds-snc/digital-canada-ca · content/en/careers/positions';

export const unseenJobDescriptionEntries: Entry[] = [
  // ---------------------------------------------------------------- tuning half
  {
    id: 'sourcegraph-product-roles', kind: 'job-description', half: 'tuning', where: 'corpus', file: 'jd/sourcegraph_product_roles.md',
    source: 'sourcegraph/handbook · content/departments/product/roles/index.md · 2a6f06e73f27a0068b90a0fc5fe013fa64a5ba34', company: 'Sourcegraph', sector: 'software (product and design)', format: 'markdown handbook page, two roles under ## headings',
    facts: {
      roles: [
        // "You will **own an area of the product** and:" is a lead-in, then 9 bullets
        { title: 'Product Manager', responsibilities: 9 },
        // 7 bullets; "We will encourage and support you to: Publish blog posts…" is an offer, not a duty
        { title: 'Product Designer', responsibilities: 7 },
      ],
      notRoles: ['Roles on the Product team', 'Responsibilities'],
      matching: { framework: 'design', role: 'Product Designer', competencies: ['Prototyping', 'Usability testing', 'Facilitation', 'Strategic thinking', 'Community building'] },
    },
  },
  {
    id: 'usajobs-fws-civil-engineer', kind: 'job-description', half: 'tuning', where: 'corpus', file: 'jd/usajobs_fws_civil_engineer_questionnaire.txt',
    source: `${USAJOBS}/usastaffing_12765422.txt · 4ab919a15ded1ce0861f99fbb0b4d211ad25d86c`, company: 'U.S. Fish and Wildlife Service', sector: 'engineering (government)', format: 'plain text (USA Staffing questionnaire, GS-07/09, no task list)',
    // no task statements: the assessment asks only for education and grade experience; GS-09 asks one year of specialized experience
    facts: { roles: [{ title: 'Civil Engineer', responsibilities: 0, experienceYears: 1 }] },
  },
  {
    id: 'cds-senior-procurement-advisor', kind: 'job-description', half: 'tuning', where: 'corpus', file: 'jd/cds_senior_procurement_advisor.md',
    source: `${CDS}/senior-procurement-advisor.md · 5d395a051d7c76abe7336af346104a471babc31e`, company: 'Canadian Digital Service', sector: 'government (procurement)', format: 'markdown posting (front matter), lead-in headings "someone who will:" / "You’ll fit right in if:"',
    facts: {
      roles: [{ title: 'Senior Procurement Advisor', responsibilities: 5, requirements: 8, preferred: 0, experienceYears: null }],
      matching: { framework: 'finance', competencies: ['Procurement', 'Process improvement', 'Stakeholder management'] },
    },
  },
  {
    id: 'gravitational-sre', kind: 'job-description', half: 'tuning', where: 'corpus', file: 'jd/gravitational_sre_careers.md',
    source: 'gravitational/careers · jobs/sre.md · b445bf537a138fd7184b0c5f43c3d6f4eedd3472', company: 'Teleport (Gravitational)', sector: 'software (operations)', format: 'markdown careers page, bullets wrapped onto indented lines',
    facts: {
      roles: [{ title: 'Site Reliability Engineer', responsibilities: 7, requirements: 4, preferred: 0, experienceYears: null }],
      matching: { framework: 'software', competencies: ['Performance and scalability', 'Programming', 'Monitoring and observability', 'Security practices', 'Automation and scripting', 'Incident response', 'Linux administration', 'Networking', 'Containers and orchestration', 'Troubleshooting', 'Cloud infrastructure'] },
    },
  },
  {
    id: 'usda-ars-lsh-postdoc', kind: 'job-description', half: 'tuning', where: 'corpus', file: 'jd/usda_ars_lsh_postdoc_jsonld_jekyll.md',
    source: 'mmistakes/minimal-mistakes (a lab site built on that theme) · _jobs/2022-02-24-scinet-lsh-position.md · 161aa2da19242e20d8a8a51457fc14b18042b4a3', company: 'USDA Agricultural Research Service', sector: 'academia (computational biology)', format: 'Jekyll markdown with a schema.org JobPosting block that is not valid JSON (unescaped quotes in the description)',
    facts: {
      // the job title is the JobPosting's; the front-matter title is the blog post's headline
      roles: [{ title: 'Postdoctoral Fellow in locality sensitive hashing for petabyte-scale metagenomic search', requirements: 1, preferred: 5, experienceYears: null }],
      matching: { framework: 'software', competencies: ['Linux administration', 'Automation and scripting', 'Programming', 'Version control', 'Machine learning', 'Data pipelines'] },
    },
  },

  // added later the same session (tuning half by its id), facts written before the reader ran on it
  {
    id: 'gitlab-payroll-family', kind: 'job-description', half: 'tuning', where: 'corpus', file: 'jd/gitlab_jobfamily_finance_payroll.html.md',
    source: 'secretstartups/handbook (GitHub mirror of GitLab www-gitlab-com) · job-families/finance/payroll/index.html.md · 89a455cf792e44bdb5ac859e64bce6785ebfa60e', company: 'GitLab', sector: 'finance (payroll)', format: 'markdown job-family page: a "## Payroll" base with its own ## sections, levels at ###, one "## Job Grade" at the wrong depth, "Extends that of Payroll"',
    facts: {
      roles: [
        // requirements "Extends that of Payroll": the 12 of the family's own Requirements
        { title: 'Payroll Specialist', grade: 5, responsibilities: 8, requirements: 12, experienceYears: null },
        { title: 'Payroll Analyst, US', grade: 6, responsibilities: 21, requirements: 15, experienceYears: 3 },
        // responsibilities left out: "Prepare ad hoc reports as needed" repeats one it inherits
        { title: 'Payroll Analyst, EMEA/APAC,LATAM', grade: 6, requirements: 15, experienceYears: 3 },
        // "Extends the Payroll Analyst …": both analysts have 15 requirements, their responsibilities differ (left out)
        { title: 'Senior Payroll Analyst', grade: 7, requirements: 16, experienceYears: 5 },
        { title: 'Manager, International Payroll (EMEA, APAC, LATAM)', grade: 8, requirements: 5, preferred: 2, experienceYears: 7 },
        { title: 'Senior Manager, Global Payroll Operations', grade: 9, requirements: 7, preferred: 3, experienceYears: 8 },
      ],
      notRoles: ['Levels', 'Job Grade', 'Performance Indicators', 'Career Ladder', 'Hiring Process', 'Responsibilities', 'Requirements'],
      matching: { framework: 'finance', role: 'Payroll Specialist', competencies: ['Payroll', 'Audit', 'Process improvement', 'Spreadsheets', 'Prioritisation', 'Communication'] },
    },
  },

  {
    id: 'usajobs-va-rn-care-coordinator', kind: 'job-description', half: 'tuning', where: 'corpus', file: 'jd/usajobs_va_rn_care_coordinator_questionnaire.txt',
    source: `${USAJOBS}/usastaffing_12754567.txt · 4ab919a15ded1ce0861f99fbb0b4d211ad25d86c`, company: 'Veterans Health Administration', sector: 'nursing', format: 'plain text (USA Staffing questionnaire, Nurse I–III dimension criteria, no task list)',
    // levels Nurse I–III are all open: no level or years decided; the licence is asked as a yes/no question
    facts: { roles: [{ title: 'Registered Nurse (Community Care Coordinator)', certifications: ['registered nurse'] }] },
  },

  {
    id: 'botanicals-retail-manager', kind: 'job-description', half: 'tuning', where: 'corpus', file: 'jd/botanicals_saint_george_jobs_frontmatter.md',
    source: 'botanicals/botanicalsdesign-v2 · cms/content/jobs/saint-george.md · 138bc79e737493499b2c2b205347177ba3c3f9a0', company: 'Botanicals (garden and pottery shop)', sector: 'retail', format: 'markdown whose whole content is YAML front matter: positions[].title and a folded description holding the posting',
    facts: {
      roles: [{ title: 'Retail Manager', responsibilities: 11, requirements: 3, preferred: 1, experienceYears: 1 }],
      matching: { framework: 'retail', competencies: ['Team leadership', 'Scheduling', 'Cash handling', 'Training co-workers', 'Inventory control', 'Customer service', 'Visual merchandising'] },
    },
  },
  {
    id: 'skoot-azadea-sales-associate', kind: 'job-description', half: 'tuning', where: 'corpus', file: 'jd/skoot_azadea_sales_associate_jobboard.php',
    source: 'startupbug/skoot · jobs/restuarant_manager.php · 07db7b5675305ae997d308cd7f50d217667c9062', company: 'Azadea Group (on a job board)', sector: 'retail', format: 'job-board page (PHP template around HTML): typed • bullets split by <br />, similar-jobs table, ads',
    facts: {
      // each typed bullet once (one duty is split over two bullets on the page); "Competencies" under Requirements are requirements
      roles: [{ title: 'Sales Associate', responsibilities: 10, requirements: 9, preferred: 1, experienceYears: null }],
      notRoles: ['About the Company', 'Sales Executive'],
      matching: { framework: 'retail', competencies: ['Customer service', 'Product knowledge', 'Stock replenishment', 'Loss prevention', 'Inventory control', 'Visual merchandising', 'Pricing and labelling', 'Upselling', 'Communication'] },
    },
  },

  // chosen over the accounts-receivable family once sha1 put that one in the check half (disclosed in the report)
  {
    id: 'gitlab-gl-family', kind: 'job-description', half: 'tuning', where: 'corpus', file: 'jd/gitlab_jobfamily_finance_general_ledger.html.md',
    source: 'secretstartups/handbook (GitHub mirror of GitLab www-gitlab-com) · job-families/finance/general-ledger-accounting/index.html.md · 8939957e3fc4ab98efdf06f51f6bfa9eca0e091a', company: 'GitLab', sector: 'finance (accounting)', format: 'markdown job-family page: family ## sections first, levels at ###, one level\'s Responsibilities at ### too, a bullet continued flush left',
    facts: {
      roles: [
        { title: 'Associate General Ledger Accountant', grade: 5, responsibilities: 11, requirements: 6, preferred: 2, experienceYears: 1 },
        // responsibilities left out: one of its own repeats an inherited one word for word
        { title: 'General Ledger Accountant (Intermediate)', grade: 6, requirements: 8, preferred: 2, experienceYears: 3, certifications: ['CPA'] },
        { title: 'Senior General Ledger Accountant', grade: 7, requirements: 8, preferred: 2, experienceYears: 5, certifications: ['CPA'] },
        { title: 'Manager, Accounting', grade: 8, responsibilities: 20, requirements: 2, experienceYears: 8, certifications: ['CPA'] },
        { title: 'Director, General Ledger Accounting', responsibilities: 36, requirements: 3, experienceYears: 10, certifications: ['CPA'] },
      ],
      notRoles: ['Levels', 'Job Grade', 'Responsibilities', 'Requirements', 'Performance Indicators', 'Career Ladder', 'Hiring Process', 'Senior General Ledger Accountant Responsibilities'],
      matching: { framework: 'finance', role: 'Associate General Ledger Accountant', competencies: ['Month-end close', 'General ledger', 'Reconciliation', 'Accounting policies', 'Internal controls', 'Financial analysis', 'Process improvement', 'Spreadsheets', 'Prioritisation', 'Accounting'] },
    },
  },

  // ---------------------------------------------------------------- check half
  {
    id: 'usajobs-va-lpn', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/usajobs_va_lpn_questionnaire.txt',
    source: `${USAJOBS}/usastaffing_12759183.txt · 4ab919a15ded1ce0861f99fbb0b4d211ad25d86c`, company: 'Veterans Health Administration', sector: 'nursing', format: 'plain text (USA Staffing questionnaire, yes/no qualification questions with • criteria)',
    facts: {
      roles: [{ title: 'Licensed Practical Nurse', level: 'GS-6', experienceYears: 1, certifications: ['licensed practical'] }],
      // from the GS-6 qualifying-experience criteria
      matching: { framework: 'nursing', competencies: ['Medication administration', 'Patient assessment', 'Patient education', 'Clinical documentation', 'Emergency care', 'Professional development', 'Communication'] },
    },
  },
  {
    id: 'gitlab-ap-family', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/gitlab_jobfamily_finance_accounts_payable.html.md',
    source: 'secretstartups/handbook (GitHub mirror of GitLab www-gitlab-com) · job-families/finance/accounts-payable/index.html.md · 4b7f450869b06dff2eac2eb2e19de62c8a49335b', company: 'GitLab', sector: 'finance', format: 'markdown job-family page, levels at ### with #### subsections (one written "####Accounts…" without a space)',
    facts: {
      roles: [
        { title: 'Accounts Payable Analyst (Intermediate)', grade: 6, responsibilities: 13, requirements: 8, preferred: 3, experienceYears: 3 },
        // 13 inherited + 5 own; requirements left out: "Knowledge of basic accounting principles" is repeated from the inherited list
        { title: 'Senior Accounts Payable Analyst', grade: 7, responsibilities: 18, experienceYears: 5 },
        // responsibilities left out: two of its own bullets repeat the Senior level's word for word
        { title: 'Accounts Payable Manager', grade: 8, experienceYears: 8 },
        { title: 'Senior Manager, Accounts Payable', grade: 9, responsibilities: 7, requirements: 3, experienceYears: 8 },
        { title: 'Director, Accounts Payable', grade: 10, responsibilities: 14, requirements: 9, experienceYears: 10 },
      ],
      notRoles: ['Levels', 'Job Grade', 'Performance Indicators', 'Career Ladder', 'Hiring Process', 'Senior Manager Responsibilities', 'Senior Manager Requirements'],
      matching: { framework: 'finance', role: 'Accounts Payable Analyst (Intermediate)', competencies: ['Accounts payable', 'Invoice processing', 'General ledger', 'Reconciliation', 'Tax compliance', 'Audit', 'Internal controls', 'Process improvement', 'Financial systems', 'Spreadsheets', 'Accounting', 'Month-end close', 'Prioritisation'] },
    },
  },
  {
    id: 'usajobs-ihs-charge-nurse', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/usajobs_ihs_nurse_charge_questionnaire.txt',
    source: `${USAJOBS}/usastaffing_12606765.txt · e6a30fb489afff500c3de4895d50b5b662b0684c`, company: 'Indian Health Service', sector: 'nursing', format: 'plain text (USA Staffing questionnaire, GS-0610-10)',
    facts: {
      roles: [{ title: 'Nurse (Charge)', level: 'GS-10', experienceYears: 1, certifications: ['professional nurse'] }],
      // from the GS-10 specialized-experience examples
      matching: { framework: 'nursing', competencies: ['Charge nurse duties', 'Patient assessment', 'Care planning', 'Interdisciplinary collaboration', 'Quality improvement', 'Clinical documentation', 'Professional development'] },
    },
  },
  {
    id: 'usajobs-deca-store-worker', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/usajobs_deca_store_worker_questionnaire.txt',
    source: `${USAJOBS}/usastaffing_12785897.txt · 25c43a1c538f3b080bcb1939e8cfe1742b7c1f81`, company: 'Defense Commissary Agency', sector: 'retail (government)', format: 'plain text (USA Staffing questionnaire, screen-outs only, no task list)',
    facts: { roles: [{ title: 'Store Worker', responsibilities: 0, experienceYears: null }] },
  },
  {
    id: 'usajobs-cbp-budget-analyst', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/usajobs_cbp_budget_analyst_questionnaire.txt',
    source: `${USAJOBS}/usastaffing_12776261.txt · 9d38981a3429a99b0f4b982a9a13c5c9b247c480`, company: 'U.S. Customs and Border Protection', sector: 'finance (government)', format: 'plain text (USA Staffing questionnaire, GS-12/13, "Select the option that best describes your experience …" items)',
    facts: {
      // the 13 numbered items of Assessment 1, each naming a task
      roles: [{ title: 'Budget Analyst', responsibilities: 13, experienceYears: 1 }],
      matching: { framework: 'finance', competencies: ['Budgeting', 'Financial analysis', 'Accounting', 'Communication', 'Stakeholder management', 'Financial systems', 'Forecasting', 'Prioritisation'] },
    },
  },
  {
    id: 'usajobs-bie-sped-teacher', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/usajobs_bie_sped_teacher_questionnaire.txt',
    source: `${USAJOBS}/usastaffing_12753796.txt · 4ab919a15ded1ce0861f99fbb0b4d211ad25d86c`, company: 'Bureau of Indian Education', sector: 'education (government)', format: 'plain text (USA Staffing questionnaire, task list 3–29)',
    facts: { roles: [{ title: 'Teacher (Special Education)', responsibilities: 27, experienceYears: null, certifications: ['teaching license'] }] },
  },
  {
    id: 'dfe-junior-user-researcher', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/dfe_junior_user_researcher.md',
    source: `${DFE_DDT}/junior-user-researcher.md · ${DFE_COMMIT}`, company: 'UK Department for Education', sector: 'government (user research)', format: 'markdown with GOV.UK summary-list HTML',
    facts: {
      // "You will:" lead-in then 4 bullets; the "[Add any other desirable skills …]" template line is not a skill
      roles: [{ title: 'Junior user researcher', level: 'HEO', responsibilities: 4, requirements: 4, preferred: 2, experienceYears: null }],
      matching: { framework: 'design', competencies: ['User research', 'Data analysis', 'Accessibility and inclusive design', 'Agile working', 'User focus'] },
    },
  },
  {
    id: 'dfe-lead-data-architect', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/dfe_lead_data_architect.md',
    source: `${DFE_DDT}/lead-data-architect.md · ${DFE_COMMIT}`, company: 'UK Department for Education', sector: 'government (data architecture)', format: 'markdown with GOV.UK summary-list HTML',
    facts: {
      roles: [{ title: 'Lead data architect', level: 'G6', responsibilities: 9, requirements: 8, preferred: 4, experienceYears: null }],
      matching: { framework: 'software', competencies: ['Data architecture', 'Stakeholder management', 'Technical leadership', 'Agile working', 'Databases', 'Data pipelines', 'Coaching and mentoring', 'Decision making', 'Knowledge sharing', 'Networking'] },
    },
  },
  {
    id: 'dfe-senior-accessibility-specialist', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/dfe_senior_accessibility_specialist.md',
    source: `${DFE_DDT}/senior-accessibility-specialist.md · ${DFE_COMMIT}`, company: 'UK Department for Education', sector: 'government (accessibility)', format: 'markdown, no grade row',
    facts: {
      // requirements: 7 "Skills you need" bullets and 4 essential selection criteria
      roles: [{ title: 'Senior accessibility specialist', responsibilities: 7, requirements: 11, preferred: 0, experienceYears: null }],
      matching: { framework: 'design', competencies: ['Accessibility and inclusive design', 'Stakeholder management', 'Communication', 'Agile working', 'Risk management', 'Facilitation'] },
    },
  },
  {
    id: 'cds-senior-service-designer', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/cds_senior_service_designer.md',
    source: `${CDS}/senior-service-designer--4d2fb273-8688-47fe-b4db-57e0cc91202d.md · 185ed271478602fd4a5fefba11fdd2fcb106d7d4`, company: 'Canadian Digital Service', sector: 'government (service design)', format: 'markdown posting (front matter), classification CS-04 in a paragraph',
    facts: {
      roles: [{ title: 'Senior Service Designer', level: 'CS-04', responsibilities: 9, requirements: 5, preferred: 0, experienceYears: null }],
      matching: { framework: 'design', competencies: ['Service design', 'Prototyping', 'Facilitation', 'Communication', 'Agile working', 'Stakeholder management', 'Risk management', 'Coaching and mentoring', 'Community building', 'User research', 'User focus', 'Interaction design', 'Strategic thinking'] },
    },
  },
];
