// The job descriptions, job-family pages and non-job-description files of the corpus, with the facts a person wrote
// down by reading each one (before running the reader on it). Halves by the rule: first hex digit of sha1(id), 0–7
// tuning, 8–f check. Counts are of the items a person would tick off: each bullet (or numbered task, or plain line
// under a duties heading) once; for a level that "extends" another, its own items plus the ones it inherits.
import type { CorpusEntry } from '../corpus';
import type { JobDescriptionFacts } from './facts';
import { unseenJobDescriptionEntries } from './entries-unseen';

type Entry = CorpusEntry<JobDescriptionFacts>;
const GITLAB_MIRROR = 'secretstartups/handbook (GitHub mirror of GitLab www-gitlab-com)';
const DFE_DDT = 'DFE-Digital/ddt-job-descriptions';

export const jobDescriptionEntries: Entry[] = [
  // ---------------------------------------------------------------- tuning half
  {
    id: 'gitlab-backend-family', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'gitlab_jobfamily_backend_engineer_levels_EXCERPT.md',
    source: `${GITLAB_MIRROR} · content/job-families/engineering/development/backend/_index.md · 0246753d1c4196fd7314f3209f642b73ec4c2b1c`, company: 'GitLab', sector: 'software', format: 'markdown job-family page (Hugo front matter)',
    facts: {
      roles: [
        { title: 'Intern, Backend Engineer', grade: 5, responsibilities: 9, requirements: 16, preferred: 9 },
        { title: 'Backend Engineer', grade: 6, responsibilities: 9, requirements: 16, preferred: 9 },
        { title: 'Senior Backend Engineer', grade: 7, responsibilities: 18, requirements: 16 },
        { title: 'Staff Backend Engineer', grade: 8, responsibilities: 28, requirements: 16 },
        { title: 'Backend Engineering Manager', grade: 8, responsibilities: 14, requirements: 7, preferred: 8, experienceYears: 5 },
      ],
      notRoles: ['Job Grade', 'Job Grades', 'Professional Experience', 'Primary programming language', 'Backend Engineer Performance Indicators', 'Career Ladder'],
    },
  },
  {
    id: 'cds-people-ops-fr', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'cds_canada_coordonnateur_operations_personnel_as02_fr.md',
    source: 'cds-snc/digital-canada-ca · content/fr/careers/positions/coordonnateur-coordonnatrice-des-opérations-du-personnel.md · f8a333b6407f44ee10238b52d869ea47d9c953c6', company: 'Canadian Digital Service', sector: 'government (people operations), French', format: 'markdown posting (front matter)',
    facts: { roles: [{ title: 'Coordonnateur/Coordonnatrice des opérations du personnel', level: 'AS-02', responsibilities: 8, requirements: 5, preferred: 0 }] },
  },
  {
    id: 'dfe-enterprise-architect', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'dfe_enterprise_architect_jd_zero_width_spaces.html.md.erb',
    source: 'DFE-Digital/dfe-job-descriptions · tech-docs/source/architects/enterprise_architect/index.html.md.erb · 58b20533a04a23edb7b79c2a42b7206ff434b5f0', company: 'UK Department for Education', sector: 'government (architecture)', format: 'markdown .html.md.erb (Middleman front matter)',
    facts: {
      roles: [{ title: 'Enterprise architect', responsibilities: 11, requirements: 9, preferred: 8, experienceYears: null, certifications: ['TOGAF'] }],
      matching: { framework: 'software', competencies: ['Software architecture', 'Stakeholder management', 'Cloud infrastructure', 'Technical leadership', 'Decision making', 'Data architecture', 'Line management', 'Continuous delivery', 'Coaching and mentoring'] },
    },
  },
  {
    id: 'dfe-lead-service-designer', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'dfe_lead_service_designer_jd_techdocs.html.md.erb',
    source: 'DFE-Digital/dfe-job-descriptions · tech-docs/source/service_design/lead_service_designer/index.html.md.erb · e4200e778efa0802aaac0f08df954b2bf78b53eb', company: 'UK Department for Education', sector: 'government (service design)', format: 'markdown .html.md.erb (front matter)',
    facts: {
      roles: [{ title: 'Lead service designer', responsibilities: 19, requirements: 8, preferred: 0 }],
      matching: { framework: 'design', competencies: ['Service design', 'Prototyping', 'User focus', 'Agile working', 'Strategic thinking', 'Stakeholder management', 'Coaching and mentoring', 'Community building', 'Accessibility and inclusive design', 'Risk management', 'Facilitation', 'Communication'] },
    },
  },
  {
    id: 'ropensci-postdoc', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'ropensci_postdoc_research_software_blogpost_jd.md',
    source: 'ropensci/roweb3 · content/blog/2016-09-07-postdoc-position.md · 251c5cb182e28812714dc0337d0a5e834a95c06f', company: 'rOpenSci / UC Berkeley', sector: 'academia', format: 'markdown blog post (front matter)',
    facts: { roles: [{ title: 'Postdoctoral Scholar – Sustainable Software and Reproducible Research', requirements: 2, preferred: 0, experienceYears: null }] },
  },
  {
    id: 'crunchio-account-exec', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'crunchio_account_executive_toml_frontmatter.md',
    source: 'Crunch-io/ta-da · content/jobs/account-executive.md · 8c0b5fe282c97d914e0a1da3266bfb34f9d687dd', company: 'Crunch.io', sector: 'sales', format: 'markdown posting (TOML front matter)',
    facts: {
      roles: [{ title: 'Account Executive', location: 'Remote, United Kingdom', responsibilities: 11, requirements: 5, preferred: 2, experienceYears: 8 }],
      matching: { framework: 'sales', competencies: ['Territory planning', 'Pipeline management', 'CRM', 'Product demonstration', 'Account management', 'Sales forecasting', 'Competitive analysis', 'Communication', 'Solution selling', 'Prospecting', 'Closing', 'Software sales', 'Market research', 'Hiring and interviewing'] },
    },
  },
  {
    id: 'crunchio-support-analyst', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'crunchio_customer_support_analyst_toml_frontmatter.md',
    source: 'Crunch-io/ta-da · content/jobs/customer-support-analyst.md · 4ad2fbd0ddee639895a7dcdf7a282c8c8cc87505', company: 'Crunch.io', sector: 'customer support (software)', format: 'markdown posting (TOML front matter)',
    facts: { roles: [{ title: 'Customer Support Analyst', responsibilities: 13, requirements: 7, preferred: 0, experienceYears: null }] },
  },
  {
    id: 'crunchio-product-manager', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'crunchio_product_manager_toml_frontmatter.md',
    source: 'Crunch-io/ta-da · content/jobs/product-manager.md · a7ee83d4424dca0c67def42afeef2f06723d51f7', company: 'Crunch.io', sector: 'software (product)', format: 'markdown posting (TOML front matter, CRLF)',
    facts: { roles: [{ title: 'Product Manager', responsibilities: 6, requirements: 5, preferred: 0, experienceYears: 2 }] },
  },
  {
    id: 'crunchio-sre-lead', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'crunchio_team_lead_sre_devops_manager_jd.md',
    source: 'Crunch-io/ta-da · content/jobs/team-lead-operations.md · 0a958aae1d2759fab071b21729a232eff005e09b', company: 'Crunch.io', sector: 'software (operations)', format: 'markdown posting (TOML front matter)',
    facts: {
      roles: [{ title: 'Team Lead, SRE and Devops', responsibilities: 23, requirements: 16, preferred: 4, experienceYears: null, certifications: ['Kubernetes certifications'] }],
      matching: { framework: 'software', competencies: ['Technical leadership', 'Hiring and interviewing', 'Coaching and mentoring', 'Incident response', 'Monitoring and observability', 'Automation and scripting', 'Cloud infrastructure', 'Infrastructure as code', 'Containers and orchestration', 'Security practices', 'Linux administration', 'Databases', 'Prioritisation', 'Communication', 'Performance and scalability', 'Troubleshooting', 'Networking', 'Line management', 'Programming'] },
    },
  },
  {
    id: 'posthog-sales-engineer', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'posthog_sales_engineer_jd_h5_html_in_markdown.md',
    source: 'PostHog/posthog.com · contents/careers/sales-engineer.md · d735d2c2f13fe577180da944759656a8739ea4b9', company: 'PostHog', sector: 'sales (software)', format: 'markdown careers page with HTML (front matter)',
    facts: { roles: [{ title: 'Sales Engineer', responsibilities: 4, requirements: 5, preferred: 0, experienceYears: null }] },
  },
  {
    id: 'usajobs-deca-checker', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'usajobs_deca_sales_store_checker_task_questionnaire.txt',
    source: 'abigailhaddad/usajobs_historical · questionnaires/raw_questionnaires/usastaffing_12751371.txt · 4ab919a15ded1ce0861f99fbb0b4d211ad25d86c', company: 'Defense Commissary Agency', sector: 'retail (government)', format: 'plain text (USA Staffing questionnaire)',
    facts: {
      roles: [{ title: 'Sales Store Checker', responsibilities: 13 }],
      matching: { framework: 'retail', competencies: ['Cash handling', 'Point of sale operation', 'Pricing and labelling', 'Customer service', 'Training co-workers', 'Store policies and procedures', 'Reporting'] },
    },
  },
  {
    id: 'usajobs-ice-accountant', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'usajobs_ice_accountant_task_questionnaire.txt',
    source: 'abigailhaddad/usajobs_historical · questionnaires/raw_questionnaires/usastaffing_12707094.txt · 00636ee6846347be82d95fb0d41f1ab685129350', company: 'Immigration and Customs Enforcement', sector: 'finance (government)', format: 'plain text (USA Staffing questionnaire)',
    facts: {
      roles: [{ title: 'Accountant', responsibilities: 17, experienceYears: 1 }],
      matching: { framework: 'finance', competencies: ['Accounting', 'Financial analysis', 'Financial reporting', 'Budgeting', 'Internal controls', 'Financial systems', 'Communication'] },
    },
  },
  {
    id: 'usajobs-dodea-aide', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'usajobs_dodea_educational_aide_sped_task_questionnaire.txt',
    source: 'abigailhaddad/usajobs_historical · questionnaires/raw_questionnaires/usastaffing_12742288.txt · 4ab919a15ded1ce0861f99fbb0b4d211ad25d86c', company: 'Department of Defense Education Activity', sector: 'education (government)', format: 'plain text (USA Staffing questionnaire)',
    facts: { roles: [{ title: 'Educational Aide (Special Education)', level: 'GS-04', responsibilities: 13, experienceYears: 1 }] },
  },
  {
    id: 'not-jd-unidays-json', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'unidays_core_competencies_levels_n00b_play3r_pr0.json',
    source: 'see ../shared/realdata/SOURCES.md (UNiDAYS core competencies)', company: 'UNiDAYS', sector: 'software', format: 'JSON (a competency framework, not postings)',
    facts: { notAJobDescription: 'JSON' },
  },
  {
    id: 'not-jd-calendar-page', kind: 'job-description', half: 'tuning', where: 'corpus', file: 'calendar/servantair-googlecalendar-day.html',
    source: 'gathered by the calendar helper into trellis-corpus/calendar (a saved Google Calendar day view)', company: 'Google Calendar', sector: '-', format: 'HTML (a calendar page)',
    facts: { notAJobDescription: 'calendar' },
  },
  {
    id: 'not-jd-carvago-xlsx', kind: 'job-description', half: 'tuning', where: 'realdata', file: 'carvago_frontend_assessment_4levels_x_4areas_dropdowns.xlsx',
    source: 'see ../shared/realdata/SOURCES.md (carvago assessment workbook)', company: 'Carvago', sector: 'software', format: 'Excel workbook',
    facts: { notAJobDescription: 'spreadsheet' },
  },

  // ---------------------------------------------------------------- check half
  {
    id: 'gitlab-fmm-family', kind: 'job-description', half: 'check', where: 'realdata', file: 'gitlab_jobfamily_field_marketing_manager_levels.md',
    source: `${GITLAB_MIRROR} · job-families/marketing/field-marketing-manager/index.html.md · 18cd6ce4f178be7863d9f9ad6a3a18ee4739ce65`, company: 'GitLab', sector: 'sales and marketing', format: 'markdown job-family page (front matter)',
    facts: {
      roles: [
        { title: 'Field Marketing Manager', grade: 6, responsibilities: 11, experienceYears: 7 },
        { title: 'Senior Field Marketing Manager', grade: 7, responsibilities: 15, experienceYears: 10 },
        { title: 'Staff Field Marketing Manager', grade: 8, experienceYears: 15 },
        { title: 'Manager, Field Marketing', grade: 8, responsibilities: 5, experienceYears: 10 },
        { title: 'Senior Manager, Field Marketing', grade: 9, experienceYears: 20 },
      ],
      notRoles: ['Job Grade', 'Levels', 'Key Performance Indicators', 'Hiring Process', 'Career Ladder', 'Additional Requirements for EMEA'],
    },
  },
  {
    id: 'gitlab-pbp-family', kind: 'job-description', half: 'check', where: 'realdata', file: 'gitlab_jobfamily_people_business_partner_levels.md',
    source: `${GITLAB_MIRROR} · job-families/people-ops/people-business-partner/index.html.md · 6cd6ef4874d66fc9ca6f32a1bdd4da824d568e04`, company: 'GitLab', sector: 'people operations (HR)', format: 'markdown job-family page (front matter)',
    facts: {
      roles: [
        { title: 'Associate People Business Partner (PBP)', grade: 5, responsibilities: 7, requirements: 7, preferred: 3, experienceYears: 5 },
        { title: 'Intermediate People Business Partner (PBP)', grade: 6, responsibilities: 7, requirements: 8, preferred: 2, experienceYears: 5 },
        { title: 'Senior People Business Partner (PBP)', grade: 7, responsibilities: 8, requirements: 11, preferred: 1, experienceYears: 5 },
        { title: 'Director, People Business Partner (PBP)', grade: 10, responsibilities: 9, requirements: 11, preferred: 1, experienceYears: 10 },
      ],
      notRoles: ['Job Grade', 'Specialties', 'Performance Indicators', 'Hiring Process', 'Career Ladder'],
    },
  },
  {
    id: 'cds-admin-officer', kind: 'job-description', half: 'check', where: 'realdata', file: 'cds_canada_administrative_officer_as03_posting_en.md',
    source: 'cds-snc/digital-canada-ca · content/en/careers/positions/administrative-officer---internal-operations.md · 793104e614456466efe91c3d430ef72de4ff0c7e', company: 'Canadian Digital Service', sector: 'government (finance and operations)', format: 'markdown posting (front matter)',
    facts: {
      roles: [{ title: 'Administrative Officer - Internal Operations', level: 'AS-03', responsibilities: 8, requirements: 9, preferred: 0, experienceYears: null }],
      matching: { framework: 'finance', competencies: ['Procurement', 'Invoice processing', 'Financial reporting', 'Forecasting', 'Budgeting', 'Financial systems', 'Prioritisation', 'Spreadsheets'] },
    },
  },
  {
    id: 'cds-director-digital', kind: 'job-description', half: 'check', where: 'realdata', file: 'cds_canada_director_digital_practice_ex03_posting.md',
    source: 'cds-snc/digital-canada-ca · content/en/join-our-team/positions/director-of-digital-practice.md · 0461b66d572c67255cc27ad27305229d3b7700d6', company: 'Canadian Digital Service', sector: 'government (digital leadership)', format: 'markdown posting (front matter)',
    facts: { roles: [{ title: 'Director of Digital Practice', level: 'EX-03', responsibilities: 10, requirements: 6, preferred: 0 }] },
  },
  {
    id: 'dfe-content-designer-docx', kind: 'job-description', half: 'check', where: 'realdata', file: 'dfe_senior_content_designer_g7_jd.docx',
    source: `${DFE_DDT} · app/downloads/senior-content-designer.docx · f9ac57d891d26881a4ca92900706da331c23a1c2`, company: 'UK Department for Education', sector: 'government (content design)', format: 'Word (.docx)',
    facts: {
      roles: [{ title: 'Senior Content Designer', level: 'G7', responsibilities: 10, requirements: 7, preferred: 3 }],
      matching: { framework: 'design', competencies: ['Content design', 'Stakeholder management', 'User research', 'Content strategy', 'Coaching and mentoring', 'Community building', 'Prototyping', 'Data analysis'] },
    },
  },
  {
    id: 'dfe-data-engineer', kind: 'job-description', half: 'check', where: 'realdata', file: 'dfe_senior_data_engineer_g7_jd_govuk_summary_list.md',
    source: `${DFE_DDT} · app/views/jd/senior-data-engineer.md · 4eca59fe2a7d084e3b42dc8fafa3e53f0c69a3db`, company: 'UK Department for Education', sector: 'government (data engineering)', format: 'markdown with GOV.UK summary-list HTML',
    facts: {
      roles: [{ title: 'Senior data engineer', level: 'G7', responsibilities: 5, requirements: 7, preferred: 1 }],
      matching: { framework: 'software', competencies: ['Data pipelines', 'Agile working', 'Communication', 'Programming', 'Problem solving', 'Coaching and mentoring', 'Continuous delivery', 'Data visualisation', 'Machine learning', 'Stakeholder management'] },
    },
  },
  {
    id: 'ropensci-community-manager', kind: 'job-description', half: 'check', where: 'realdata', file: 'ropensci_community_manager_posting_nested_bullets.md',
    source: 'ropensci/roweb3 · content/careers/2022-02-02-community-manager.md · 1908cef3845d5291b37ee439d0f108c74d3781a6', company: 'rOpenSci', sector: 'nonprofit (community)', format: 'markdown posting (front matter, nested bullets)',
    facts: { roles: [{ title: 'Community Manager', responsibilities: 10, requirements: 6, preferred: 1 }] },
  },
  {
    id: 'usajobs-va-nurse', kind: 'job-description', half: 'check', where: 'realdata', file: 'usajobs_va_registered_nurse_ed_questionnaire_nurse_I-III_dimensions.txt',
    source: 'abigailhaddad/usajobs_historical · questionnaires/raw_questionnaires/usastaffing_12754505.txt · 4ab919a15ded1ce0861f99fbb0b4d211ad25d86c', company: 'Veterans Health Administration', sector: 'nursing', format: 'plain text (USA Staffing questionnaire)',
    facts: { roles: [{ title: 'Registered Nurse - Emergency Department', certifications: ['registered nurse'] }] },
  },
  {
    id: 'usajobs-treasury-hr', kind: 'job-description', half: 'check', where: 'realdata', file: 'usajobs_treasury_hr_specialist_gs14_select_all_questionnaire.txt',
    source: 'abigailhaddad/usajobs_historical · questionnaires/raw_questionnaires/usastaffing_12753209.txt · 4ab919a15ded1ce0861f99fbb0b4d211ad25d86c', company: 'Treasury, Departmental Offices', sector: 'government (HR)', format: 'plain text (USA Staffing questionnaire)',
    facts: { roles: [{ title: 'Human Resources Specialist', level: 'GS-14', experienceYears: 1 }] },
  },
  {
    id: 'usajobs-bop-hygienist', kind: 'job-description', half: 'check', where: 'realdata', file: 'usajobs_bop_dental_hygienist_gs06-07_questionnaire_one_line.txt',
    source: 'abigailhaddad/usajobs_historical · questionnaires/raw_questionnaires/monster_177352.txt · 51aa5c9381ef5741112934168eed00acf8c3f59b', company: 'Federal Bureau of Prisons', sector: 'healthcare', format: 'plain text on one line',
    facts: { roles: [{ title: 'Dental Hygienist', certifications: ['dental hygienist'] }] },
  },
  {
    id: 'dfe-junior-sre', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/dfe_junior_site_reliability_engineer.md',
    source: `${DFE_DDT} · app/views/jd/junior-site-reliability-engineer.md · 71abfa7287f8e08ee0221e9e6700cb8539285143`, company: 'UK Department for Education', sector: 'government (site reliability)', format: 'markdown with GOV.UK summary-list HTML',
    facts: {
      roles: [{ title: 'Junior site reliability engineer', level: 'HEO', responsibilities: 8, requirements: 9, preferred: 4, experienceYears: null }],
      matching: { framework: 'software', competencies: ['Continuous delivery', 'Agile working', 'Automation and scripting', 'Monitoring and observability', 'Cloud infrastructure', 'Knowledge sharing', 'Programming', 'Collaboration', 'Version control', 'Linux administration', 'Troubleshooting', 'Networking'] },
    },
  },
  {
    id: 'dfe-head-of-profession', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/dfe_head_of_profession.md',
    source: `${DFE_DDT} · app/views/jd/head-of-profession.md · 71abfa7287f8e08ee0221e9e6700cb8539285143`, company: 'UK Department for Education', sector: 'government (profession leadership)', format: 'markdown with GOV.UK summary-list HTML',
    facts: { roles: [{ title: 'Head of profession', level: 'G6', responsibilities: 27, requirements: 0 }] },
  },
  {
    id: 'gitlab-accountant-family', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/gitlab_jobfamily_finance_accountant.html.md',
    source: `${GITLAB_MIRROR} · job-families/finance/accountant/index.html.md · 18cd6ce4f178be7863d9f9ad6a3a18ee4739ce65`, company: 'GitLab', sector: 'finance', format: 'markdown job-family page (front matter)',
    facts: {
      roles: [
        { title: 'Accountant', grade: 6, responsibilities: 8, requirements: 6, preferred: 1 },
        { title: 'Senior Accountant', grade: 7, responsibilities: 12, requirements: 8, preferred: 5, experienceYears: 3 },
        { title: 'Manager, Accounting', grade: 8, responsibilities: 9, requirements: 12, preferred: 1 },
        { title: 'Senior Manager, Accounting', grade: 9, responsibilities: 15 },
      ],
      notRoles: ['Job Grade', 'Career Ladder', 'Performance Indicators', 'Hiring Process', 'Specialties', 'Technical Accounting'],
      matching: { framework: 'finance', role: 'Accountant', competencies: ['Accounts payable', 'Reconciliation', 'General ledger', 'Accounting', 'Accounting policies', 'Financial reporting', 'Financial analysis', 'Process improvement', 'Spreadsheets', 'Financial systems'] },
    },
  },
  {
    id: 'gitlab-ae-midmarket-family', kind: 'job-description', half: 'check', where: 'corpus', file: 'jd/gitlab_jobfamily_sales_account_executive_midmarket.html.md.erb',
    source: `${GITLAB_MIRROR} · job-families/sales/account-executive/index.html.md.erb · 0312b57323268dcc3d3b316eae7e7ef39ae01378`, company: 'GitLab', sector: 'sales', format: 'markdown .html.md.erb job-family page (ERB partial)',
    facts: {
      roles: [
        { title: 'Junior Mid Market Account Executive', grade: 7, requirements: 10, preferred: 1 },
        { title: 'Mid Market Account Executive', grade: 7, requirements: 9, preferred: 1 },
      ],
      notRoles: ['Job Grade', 'Levels', 'Career Ladder', 'Hiring Process', 'Specialties', 'Requirements', 'Responsibilities'],
      matching: { framework: 'sales', role: 'Mid Market Account Executive', competencies: ['Relationship building', 'Communication', 'Negotiation', 'Presentation', 'Closing', 'Software sales'] },
    },
  },
  {
    id: 'not-jd-direct-csv', kind: 'job-description', half: 'check', where: 'realdata', file: 'direct_research_competencies_hierarchical_all_in_one.csv',
    source: 'see ../shared/realdata/SOURCES.md (DIRECT research competencies)', company: 'DIRECT', sector: 'research', format: 'CSV (a spreadsheet saved as text)',
    facts: { notAJobDescription: 'spreadsheet' },
  },
  // documents added after tuning began, facts written before the reader ran on them
  ...unseenJobDescriptionEntries,
];
