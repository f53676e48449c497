// The ladders, level grids and competency matrices of the corpus, each with the facts a person wrote down by reading
// it (before any reader was run on it). Halves follow the rule fixed before tuning: sha1(id) starts with 0–7 → tuning,
// 8–f → check. Documents are read at run time from ../shared/realdata or TRELLIS_CORPUS_DIR/ladders, never copied in.
import type { CorpusEntry } from '../corpus';

export interface LadderCell {
  competency: string;
  role: string;
  /** A few words the descriptor at that role's level holds (from the cell), when the document describes levels in words. */
  descriptor?: string;
  /** The level as the document writes it (a number or a level word), when the cell holds a level. */
  level?: string;
}

export interface LadderFacts {
  /** Roles in order along their track (tracks one after another), as the document names them. */
  roles?: string[];
  /** Roles per track, when the document has more than one track. */
  tracks?: string[][];
  /** Roles at the same level on different tracks: peers, never a promotion from one to the other. */
  peers?: [string, string][];
  /** How many competencies (rows or columns of the grid; for a catalogue, its leaves). */
  competencies?: number;
  /** Competencies that must be there, by name. */
  competencyNames?: string[];
  /** The groups competencies are sorted into (category rows, captions, domains). */
  groups?: string[];
  /** Words that must not become a competency (rank columns, notes, summaries). */
  notCompetencies?: string[];
  cells?: LadderCell[];
  /** The scale's level words in order, when the document names them. */
  scale?: string[];
  /** A catalogue or rubric without roles: the reader must not invent any. */
  noRoles?: boolean;
}

type Entry = CorpusEntry<LadderFacts>;
const ladder = (e: Omit<Entry, 'kind'>): Entry => ({ kind: 'ladder', ...e });

export const ladderEntries: Entry[] = [
  // ---- ../shared/realdata (origin and licence of each in its SOURCES.md)
  ladder({
    id: 'brighthr-ba', half: 'check', where: 'realdata', file: 'brighthr_business_analyst_L1-L4_yaml_frontmatter.md',
    source: 'croner-i-web/progression-framework · frameworks/business analysis/ba-individual-contributor.md · a01412b066012714aa2a9616968da7651fef7516',
    company: 'BrightHR (Croner-i)', sector: 'business analysis', format: 'markdown (progression front matter)',
    facts: {
      roles: ['Level 1', 'Level 2', 'Level 3', 'Level 4'],
      competencies: 5,
      competencyNames: ['Leadership', 'Influence', 'Mastery', 'Impact', 'Communication'],
      cells: [{ competency: 'Leadership', role: 'Level 2', descriptor: 'Onboards new business analysts' }],
    },
  }),
  ladder({
    id: 'carvago-frontend-xlsx', half: 'tuning', where: 'realdata', file: 'carvago_frontend_assessment_4levels_x_4areas_dropdowns.xlsx',
    source: 'Carvago/career-framework · assets/frontend-assessment-template.xlsx · d792ced773e13748dd765bd56f77ff9833071f92',
    company: 'Carvago', sector: 'engineering (used-car marketplace)', format: 'xlsx (one sheet per area, level columns of statements)',
    facts: {
      roles: ['Junior', 'Medior', 'Senior', 'Expert'],
      competencies: 4,
      competencyNames: ['Delivery', 'Know-how', 'Communication', 'Leadership'],
      cells: [{ competency: 'Delivery', role: 'Junior', descriptor: 'Possessing basics of the competency' }],
    },
  }),
  ladder({
    id: 'carvago-frontend-bands', half: 'check', where: 'realdata', file: 'carvago_frontend_engineer_score_bands_salary_czk_table.md',
    source: 'Carvago/career-framework · career-tracks/frontend-engineer.md · f6852e443fd02377a9bd7a3ec7284ed4fb6a1ce2',
    company: 'Carvago', sector: 'engineering', format: 'markdown pipe table (titles × score and salary bands)',
    facts: {
      roles: ['Junior Frontend Engineer', 'Medior Frontend Engineer', 'Senior Frontend Engineer', 'Expert Frontend Engineer'],
      competencies: 0,
      notCompetencies: ['Score', 'Salary in CZK'],
    },
  }),
  ladder({
    id: 'christex-graphic-design', half: 'tuning', where: 'realdata', file: 'christex_graphic_design_levels4_declared_6_used.md',
    source: 'christex-foundation/progression-framework · frameworks/design/graphic-design.md · 09827d766ba227cde471d95a7deb001d1053ee83',
    company: 'Christex Foundation', sector: 'design (nonprofit)', format: 'markdown (progression front matter)',
    facts: {
      roles: ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5', 'Level 6'],
      competencies: 3,
      competencyNames: ['Knowledge', 'Ownership', 'Collaboration'],
    },
  }),
  ladder({
    id: 'direct-research', half: 'check', where: 'realdata', file: 'direct_research_competencies_hierarchical_all_in_one.csv',
    source: 'direct-framework/digital-research-competencies-framework · framework/DIRECT-framework-all-in-one.csv · 00b4400e171486d0570800fbb3dbe4dbea6e32da',
    company: 'DIRECT framework', sector: 'research', format: 'csv (domain › competency › skill outline, no level columns)',
    facts: {
      noRoles: true,
      competencies: 164,
      groups: ['Information and data technologies', 'Software design and development', 'Computing infrastructures and systems', 'Domain expertise and research', 'Communication', 'Leadership and management', 'Professional and people skills'],
    },
  }),
  ladder({
    id: 'dropbox-ic4-data-engineer', half: 'tuning', where: 'realdata', file: 'dropbox_ic4_data_engineer_single_level_page.html',
    source: 'dropbox/dbx-career-framework · docs/ic4_data_engineer.html · d1e2bb4d1b58bb5d28c762c8bcb877b54de3ea8b',
    company: 'Dropbox', sector: 'engineering', format: 'html (one level of one track, no tables)',
    // one level's page: no grid of levels, so a framework reader has nothing to build a ladder from
    facts: { noRoles: true },
  }),
  ladder({
    id: 'engineeringladders-overview', half: 'tuning', where: 'realdata', file: 'engineeringladders_README_overview_grid.md',
    source: 'jorgef/engineeringladders · README.md · 6055355a8817dd360587fb25b15f5cddb3b2c6c9',
    company: 'Engineering Ladders', sector: 'engineering', format: 'markdown pipe table (levels × tracks, cells are role links)',
    facts: {
      tracks: [
        ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'],
        ['TL4', 'TL5', 'TL6', 'TL7'],
        ['TPM4', 'TPM5', 'TPM6', 'TPM7'],
        ['EM5', 'EM6', 'EM7'],
      ],
      peers: [['D4', 'TL4'], ['TL5', 'EM5'], ['TPM6', 'D6']],
      notCompetencies: ['Senior'],
    },
  }),
  ladder({
    id: 'engineeringladders-tpm-ko', half: 'check', where: 'realdata', file: 'engineeringladders_tpm_L4-L7_korean_translation.md',
    source: 'jorgef/engineeringladders · ko/TechnicalProgramManager.md · 824fb19ed48a045743fd81bc43e85d6b067e4c14',
    company: 'Engineering Ladders', sector: 'engineering (Korean)', format: 'markdown pipe table (rank, seniority, position)',
    facts: {
      roles: ['TPM4', 'TPM5', 'TPM6', 'TPM7'],
      notCompetencies: ['단계', '숙련도'],
    },
  }),
  ladder({
    id: 'loanmarket-qa', half: 'check', where: 'realdata', file: 'loanmarket_qa_qe_ladder_first_person_statements.md',
    source: 'loanmarket/career-ladder · QA-QE.md · 8d135e0156f50d8336b0346ce94ba7ef52412bcf',
    company: 'Loan Market Group', sector: 'quality engineering (finance)', format: 'markdown (a heading per role, first-person statements)',
    facts: {
      roles: ['Graduate QA/QE Engineer', 'QA/QE Engineer', 'Senior QA/QE Engineer', 'Principal Automation Engineer', 'Lead QA/QE Engineer', 'QA/QE Manager'],
    },
  }),
  ladder({
    id: 'monzo-marketing', half: 'check', where: 'realdata', file: 'monzo_marketing_L1-L7_yaml_frontmatter.md',
    source: 'monzo/progression-framework · frameworks/marketing.md · 689e6224a1a0b477ac3a1f326f1beef7494a4efa',
    company: 'Monzo', sector: 'marketing', format: 'markdown (progression front matter)',
    facts: {
      roles: ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5', 'Level 6', 'Level 7'],
      competencies: 3,
      competencyNames: ['Domain Knowledge and Skills', 'Ownership and Influence', 'Communication and Leadership'],
      cells: [{ competency: 'Ownership and Influence', role: 'Level 7', descriptor: 'accountable executive' }],
    },
  }),
  ladder({
    id: 'monzo-customer-ops', half: 'check', where: 'realdata', file: 'monzo_customer_operations_yaml_frontmatter.md',
    source: 'monzo/progression-framework · frameworks/customer-operations.md · 689e6224a1a0b477ac3a1f326f1beef7494a4efa',
    company: 'Monzo', sector: 'customer support', format: 'markdown (progression front matter, sub-levels A/B/C)',
    facts: {
      roles: ['Level 1', 'Level 2'],
      competencies: 4,
      competencyNames: ['Knowledge & Impact', 'Teamwork'],
      cells: [{ competency: 'Knowledge & Impact', role: 'Level 1', descriptor: '12 conversations per hour' }],
    },
  }),
  ladder({
    id: 'monzo-product-design', half: 'tuning', where: 'realdata', file: 'monzo_product_design_levels_prose_yaml_false.md',
    source: 'monzo/progression-framework · frameworks/design/product-design.md · 7608746f0b3a94c856315f4324a7f3cb53d19882',
    company: 'Monzo', sector: 'design', format: 'markdown (## Level n / ### competency, prose)',
    facts: {
      roles: ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5', 'Level 6'],
      competencies: 3,
      competencyNames: ['Knowledge', 'Ownership', 'Collaboration'],
    },
  }),
  ladder({
    id: 'novoda-senior-product-engineer', half: 'tuning', where: 'realdata', file: 'novoda_senior_product_engineer_sublevels_within_title.md',
    source: 'novoda/progression-framework · frameworks/engineering/senior_product_engineer.md · 7f6fd50af61a54038757827b87423a6d4703a6cf',
    company: 'Novoda', sector: 'engineering (agency)', format: 'markdown (progression front matter, sub-levels of one title)',
    facts: {
      roles: ['Level 1', 'Level 2', 'Level 3'],
      competencies: 3,
      competencyNames: ['Competencies', 'Stretch assignments', 'Recommended reading'],
      cells: [{ competency: 'Stretch assignments', role: 'Level 2', descriptor: 'Present to the client a view on their project' }],
    },
  }),
  ladder({
    id: 'novoda-client-services', half: 'tuning', where: 'realdata', file: 'novoda_client_services_L1-L7_yaml_frontmatter.md',
    source: 'novoda/progression-framework · frameworks/growth-marketing/client-services.md · a88b72237718d084badc3cd9320af23f12fc46dd',
    company: 'Novoda', sector: 'sales / client services', format: 'markdown (progression front matter)',
    facts: {
      roles: ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5', 'Level 6', 'Level 7'],
      competencies: 3,
      competencyNames: ['Domain Knowledge and Skills', 'Ownership and Influence', 'Communication and Leadership'],
    },
  }),
  ladder({
    id: 'onet-skills-ceo', half: 'tuning', where: 'realdata', file: 'onet_skills_IM_LV_long_format_2_occupations.tsv',
    source: 'josephadcosta/skill-gap-intelligence-system · data/raw/onet/Skills.txt · 766fc642e1975540bd96cd591677895854a02ba9',
    company: 'O*NET (US DOL)', sector: 'executives (government data)', format: 'tsv (long format, importance and level rows)',
    facts: {
      roles: ['11-1011.00', '11-1011.03'],
      peers: [['11-1011.00', '11-1011.03']],
      competencies: 35,
      competencyNames: ['Reading Comprehension', 'Active Listening', 'Programming'],
      cells: [{ competency: 'Active Listening', role: '11-1011.00', level: '4.75' }],
    },
  }),
  ladder({
    id: 'postman-ospo', half: 'tuning', where: 'realdata', file: 'postman_ospo_engineer_I-VI_paragraphs.md',
    source: 'postman-open-technologies/career-ladders · career-ladder-for-ospo-engineers.md · 65885c50601ea893ec0029a26c803ffbba24fe0f',
    company: 'Postman', sector: 'open-source program office', format: 'markdown (a heading per level, paragraphs)',
    facts: { roles: ['OSPO Engineer I', 'OSPO Engineer II', 'Senior OSPO Engineer', 'Staff OSPO Engineer', 'Principal OSPO Engineer', 'Distinguished OSPO Engineer'] },
  }),
  ladder({
    id: 'teachingrse-rse', half: 'tuning', where: 'realdata', file: 'teachingrse_rse_competencies_paper_pipe_and_latex_tables.md',
    source: 'the-teachingRSE-project/competencies · competencies.md · 25c7002e73faf01bd47856516bc397ead06d6335',
    company: 'teachingRSE project', sector: 'research software (academia)', format: 'markdown paper with three pipe tables',
    facts: {
      roles: ['Junior RSE', 'Senior RSE', 'Principal RSE'],
      competencies: 14,
      cells: [{ competency: '\\gls{SWLC}', role: 'Junior RSE', descriptor: 'aware of the software life cycle' }],
    },
  }),
  ladder({
    id: 'usds-sample-competencies', half: 'tuning', where: 'realdata', file: 'usds_smeqa_sample_competencies_4_proficiency_levels.docx',
    source: 'usds/SME-QA-Website · toolkit/job-analysis/sample-competencies-proficiencies.docx · 9636d8633b8e51c6f3eae17f410dead5f4032cdb',
    company: 'US Digital Service', sector: 'government', format: 'docx (competency library, "Level: descriptor" paragraphs, no tables)',
    facts: { noRoles: true, scale: ['Novice', 'Competent', 'Advanced', 'Expert'] },
  }),
  ladder({
    id: 'usds-it-specialist-job-analysis', half: 'tuning', where: 'realdata', file: 'usds_smeqa_it_specialist_gs2210_job_analysis_table.docx',
    source: 'usds/SME-QA-Website · toolkit/job-analysis/sample-job-analysis-for-case-file.docx · cc88920f7965ec5060b11596ef8ef2bb6bf4c1fe',
    company: 'US Digital Service', sector: 'government', format: 'docx (Word table: proficiency, competency, tasks, importance, weight)',
    facts: { noRoles: true, notCompetencies: ['Tasks', 'Weight'] },
  }),
  // ---- TRELLIS_CORPUS_DIR/ladders (exact bytes of the named commit; never committed here)
  ladder({
    id: 'teleport-sre', half: 'check', where: 'corpus', file: 'ladders/teleport_sre_levels.md',
    source: 'gravitational/careers · levels/sre.md · 1b7ab3c1425b8a99e86daaaa5ef4c7f578854ab8',
    company: 'Teleport (Gravitational)', sector: 'site reliability engineering', format: 'HTML table in markdown (levels as rows, prose cells, <pre> headers)',
    facts: {
      roles: ['1', '2', '3', '4', '5', '6'],
      competencies: 11,
      competencyNames: ['Scope', 'Collaboration', 'Mentorship', 'On-call', 'Security', 'Development and Automation', 'Systems Engineering'],
      notCompetencies: ['Level/Skill'],
      cells: [
        { competency: 'Scope', role: '1', descriptor: 'Takes direction from the team' },
        { competency: 'Security', role: '6', descriptor: 'domain expert for security' },
      ],
    },
  }),
  ladder({
    id: 'teleport-systems-engineer', half: 'check', where: 'corpus', file: 'ladders/teleport_systems_engineer_levels.md',
    source: 'gravitational/careers · levels/systems-engineer.md · 2b74eb01e59de34436ac68a184766d72697aab60',
    company: 'Teleport (Gravitational)', sector: 'systems engineering', format: 'HTML table in markdown (L1–L6 rows, prose cells, "Same as L5.")',
    facts: {
      roles: ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'],
      competencies: 7,
      competencyNames: ['Data Structures & Algorithms', 'Product Output', 'Security', 'Communication & Writing', 'Networking', 'Systems Engineering', 'OS & Tooling'],
      notCompetencies: ['Level'],
      cells: [
        { competency: 'Networking', role: 'L1', descriptor: 'networking concepts' },
        { competency: 'Security', role: 'L6', descriptor: 'cryptography and protocols' },
      ],
    },
  }),
  ladder({
    id: 'sijin-programmer-matrix', half: 'check', where: 'corpus', file: 'ladders/sijinjoseph_programmer_competency_matrix.html',
    source: 'neoascetic/programmer-competency-matrix · index.html · c9785a22b437547a191b6d2b2314f48b99d25ca5 (Sijin Joseph\'s Programmer Competency Matrix)',
    company: 'Programmer Competency Matrix (Sijin Joseph)', sector: 'engineering', format: 'html (five captioned tables, level columns, prose cells, comments column)',
    facts: {
      roles: ['2n (level 0)', 'n2 (level 1)', 'n (level 2)', 'log(n) (level 3)'],
      competencies: 32,
      groups: ['Computer Science', 'Software Engeneering', 'Programming', 'Experience', 'Knowledge'],
      notCompetencies: ['Comments'],
      cells: [{ competency: 'source code version control', role: 'n (level 2)', descriptor: 'Proficient in using CVS and SVN features' }],
    },
  }),
  ladder({
    id: 'sourcegraph-engineering', half: 'tuning', where: 'corpus', file: 'ladders/sourcegraph_engineering_framework.md',
    source: 'sourcegraph/handbook · content/departments/engineering/dev/career-development/framework.md · d983f73135e9dd1c320450cb9ada0037bc681e3d',
    company: 'Sourcegraph', sector: 'engineering', format: 'markdown headings (IC1–IC5) + HTML table with rowspan/colspan (M3–M6)',
    facts: {
      tracks: [['IC1', 'IC2', 'IC3', 'IC4', 'IC5'], ['M3', 'M4', 'M5', 'M6']],
      competencyNames: ['Execution', 'Teamwork'],
      notCompetencies: ['Additional Notes/Key Points/Examples'],
    },
  }),
  ladder({
    id: 'sourcegraph-sales-ae', half: 'check', where: 'corpus', file: 'ladders/sourcegraph_sales_ae_framework.md',
    source: 'sourcegraph/handbook · content/departments/sales/career-development/ae-framework.md · 519f1f62629e5b0db012442886e308754f5922e2',
    company: 'Sourcegraph', sector: 'sales', format: 'Google Docs HTML table in markdown (title row, P2–P6 columns, <p> in cells, N/A, "(not in use)")',
    facts: {
      roles: ['Mid-market (P3)', 'Enterprise (P4)', 'Sr. Enterprise (P5)', 'Strategic (P6)'],
      competencies: 5,
      competencyNames: ['Competency Execution', 'Territory Profile', 'Quota Target'],
      cells: [{ competency: 'Competency Execution', role: 'Strategic (P6)', descriptor: 'master of advanced selling techniques' }],
    },
  }),
  ladder({
    id: 'sourcegraph-sales-sdr', half: 'check', where: 'corpus', file: 'ladders/sourcegraph_sales_sdr_framework.md',
    source: 'sourcegraph/handbook · content/departments/sales/career-development/sdr-framework.md · 0f5143d7e59d0d8d0b907e91eb363d43ebc9412a',
    company: 'Sourcegraph', sector: 'sales', format: 'Google Docs HTML table in markdown (two ladders in one table: SDR P1–P3, VCBOD P1–P2)',
    facts: {
      tracks: [['SDR (P1)', 'Senior SDR (P2)', 'Team Lead (P3)'], ['Program Lead, VCBOD (P1)', 'Senior Program Lead, VCBOD (P2)']],
      peers: [['SDR (P1)', 'Program Lead, VCBOD (P1)']],
      competencyNames: ['Competency Execution', 'Promotion Eligibility'],
      cells: [{ competency: 'Competency Execution', role: 'Team Lead (P3)', descriptor: 'Mastery of key competencies' }],
    },
  }),
  ladder({
    id: 'sourcegraph-marketing-comms', half: 'check', where: 'corpus', file: 'ladders/sourcegraph_marketing_comms_framework.md',
    source: 'sourcegraph/handbook · content/departments/marketing/career-development/comms-framework.md · 80194c2ede2ad13175619b06dc2b70794cf51dc5',
    company: 'Sourcegraph', sector: 'marketing (communications)', format: 'Google Docs HTML table in markdown (group rows with colspan)',
    facts: {
      roles: ['IC4', 'IC5'],
      competencies: 17,
      groups: ['Launch/Project Management', 'Product Expertise', 'Messaging and Writing', 'Strategic Thinking', 'Cross-Functional Collaboration'],
      notCompetencies: ['Role Summary'],
      cells: [{ competency: 'Competition', role: 'IC5', descriptor: 'expert on all competit' }],
    },
  }),
  ladder({
    id: 'sourcegraph-design', half: 'tuning', where: 'corpus', file: 'ladders/sourcegraph_design_career_development.md',
    source: 'sourcegraph/handbook · content/departments/product/design/career-development.md · c6f352a2e110f8545a20063d20258c046fdf2e8e',
    company: 'Sourcegraph', sector: 'design', format: 'HTML table in markdown (levels as rows with rowspan, summary row with colspan, lists in cells)',
    facts: {
      roles: ['IC 1', 'IC 2', 'IC 3', 'IC 4', 'IC 5', 'IC 6'],
      competencies: 3,
      competencyNames: ['Strategy', 'Execution', 'Teamwork'],
      cells: [{ competency: 'Strategy', role: 'IC 4', descriptor: 'Drives strategy with triad' }],
    },
  }),
  ladder({
    id: 'sourcegraph-product-marketing', half: 'tuning', where: 'corpus', file: 'ladders/sourcegraph_product_marketing_framework.md',
    source: 'sourcegraph/handbook · content/departments/marketing/career-development/product-marketing-framework.md · 49744f580e3a96d8c01537c044efd289fead0671',
    company: 'Sourcegraph', sector: 'product marketing', format: 'Google Docs HTML table in markdown (group rows with colspan)',
    facts: {
      roles: ['IC3', 'IC4', 'IC5'],
      competencies: 19,
      groups: ['Launch/Project Management', 'Product Expertise', 'Messaging and Writing', 'Strategic Thinking', 'Cross-Functional Collaboration'],
      notCompetencies: ['Role Summary'],
      cells: [{ competency: 'Pricing and Packaging', role: 'IC5', descriptor: 'Proactively recommends' }],
    },
  }),
  // ---- retail and other sectors (issue 9, second pass): halves by sha1(id) as above
  ladder({
    id: 'aydinli-retail-store-skills', half: 'check', where: 'corpus', file: 'ladders/aydinli_retail_competency_framework_en.md',
    source: 'SnowDenix/FrportalDocs · archive/training/competency-framework-en.md · 66ccb58c885aa83f27c6e8789708e1bfc1d60496 (Aydınlı Group franchise stores)',
    company: 'Aydınlı Group (franchise stores)', sector: 'retail (store associates)', format: 'markdown: three pipe tables of skills × Level 1–5 under their own headings, beside tables that are no ladder (target audience, assessment calendar, responsibilities, KPI targets, revision history)',
    facts: {
      roles: ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5'],
      competencies: 15,
      competencyNames: ['Greeting', 'Objection Handling', 'Complaints', 'Cash Management', 'Opening/Closing'],
      groups: ['Sales Skills Matrix', 'Customer Service Matrix', 'Operational Skills Matrix'],
      notCompetencies: ['Self-assessment', 'Daily Observation', 'Trying to skip levels'],
      cells: [
        { competency: 'Greeting', role: 'Level 3', descriptor: 'Mastered' },
        { competency: 'Complaints', role: 'Level 5', descriptor: 'Expert' },
        { competency: 'Cash Management', role: 'Level 2', descriptor: 'Supervised' },
      ],
    },
  }),
  ladder({
    id: 'cabi-agriculture-skills', half: 'tuning', where: 'corpus', file: 'ladders/cabi_agriculture_skills_framework_20220413.csv',
    source: 'berthelemy/competencies.cabi.org · python/Agriculture Skills Framework Analysis-20220413.csv · 05dfec3ff016fe7820ab4576a1db2f3fba4b312f (CABI agriculture skills framework)',
    company: 'CABI (PlantwisePlus)', sector: 'agriculture (plant doctors, extension workers, agro-dealers)', format: 'csv export: one row per skill with its group, 0/1 flags for three jobs and for the Foundation/Practitioner/Advanced levels, a description and sources',
    facts: {
      tracks: [['Plant doctors'], ['Extension workers'], ['Agri-dealer employees']],
      peers: [
        ['Plant doctors', 'Extension workers'],
        ['Extension workers', 'Agri-dealer employees'],
      ],
      competencies: 202,
      competencyNames: ['Actively listen', 'Address cash shortages', 'Accurately record data'],
      groups: [
        'EXTENSION SERVICES', 'AGRIBUSINESS ADMINISTRATION', 'AGRICULTURAL MARKETING', 'GENDER', 'ADVISORY SERVICES', 'SOFT SKILLS', 'RELATIONSHIP MANAGEMENT',
        'PROJECT MANAGEMENT', 'NUTRITION', 'INPUT SUPPLY', 'COMMUNICATION SKILLS', 'CROP MANAGEMENT', 'VALUE CHAIN DEVELOPMENT', 'MONITORING AND EVALUATION',
        'RECORD MANAGEMENT', 'PARTICIPATORY APPROACHES', 'STOCK MANAGEMENT', 'WATER MANAGEMENT', 'CROP DIAGNOSTICS', 'CHEMICAL USE',
      ],
      scale: ['Foundation', 'Practitioner', 'Advanced'],
    },
  }),
];
