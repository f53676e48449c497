// Frameworks the corpus's job descriptions are matched against: our own writing, the competency names and categories a
// person in each field would use (not taken from any job description), each with more competencies than any one
// posting asks for so that a wrong match costs precision.
import { FRAMEWORK_SCHEMA_VERSION, FrameworkSchema, type Framework } from '../../../../shared/model/framework';
import { DEFAULT_SCALE } from '../../../../shared/model/scale';

type Catalogue = Record<string, string[]>;

const CATALOGUES: Record<string, Catalogue> = {
  software: {
    Engineering: ['Programming', 'Software architecture', 'Data architecture', 'Code review', 'Testing', 'Version control', 'Troubleshooting', 'Performance and scalability', 'Security practices', 'Databases', 'Data pipelines', 'Machine learning', 'Data visualisation', 'Frontend development', 'Mobile development', 'API design'],
    Operations: ['Cloud infrastructure', 'Infrastructure as code', 'Containers and orchestration', 'Continuous delivery', 'Monitoring and observability', 'Incident response', 'Automation and scripting', 'Linux administration', 'Networking'],
    Delivery: ['Agile working', 'Prioritisation', 'Problem solving', 'Decision making', 'Estimation'],
    People: ['Technical leadership', 'Line management', 'Coaching and mentoring', 'Hiring and interviewing', 'Knowledge sharing', 'Collaboration', 'Communication', 'Stakeholder management'],
  },
  design: {
    Design: ['Service design', 'Content design', 'Interaction design', 'Visual design', 'Prototyping', 'Accessibility and inclusive design', 'Design systems', 'Content strategy'],
    Research: ['User research', 'User focus', 'Data analysis', 'Usability testing'],
    Ways_of_working: ['Agile working', 'Strategic thinking', 'Risk management', 'Stakeholder management', 'Facilitation', 'Communication'],
    People: ['Coaching and mentoring', 'Community building', 'Line management', 'Hiring and interviewing'],
  },
  sales: {
    Selling: ['Prospecting', 'Territory planning', 'Pipeline management', 'Solution selling', 'Software sales', 'Product demonstration', 'Negotiation', 'Closing', 'Sales forecasting', 'Presentation', 'Objection handling'],
    Customers: ['Account management', 'Relationship building', 'Customer onboarding', 'Competitive analysis', 'Market research'],
    Tools: ['CRM', 'Sales reporting', 'Spreadsheets'],
    People: ['Communication', 'Coaching and mentoring', 'Hiring and interviewing', 'Line management', 'Event marketing'],
  },
  finance: {
    Accounting: ['Accounting', 'Accounts payable', 'Accounts receivable', 'General ledger', 'Reconciliation', 'Accounting policies', 'Month-end close', 'Tax compliance', 'Audit', 'Payroll'],
    Planning: ['Budgeting', 'Forecasting', 'Financial analysis', 'Financial modelling', 'Financial reporting', 'Internal controls'],
    Operations: ['Procurement', 'Invoice processing', 'Financial systems', 'Spreadsheets', 'Process improvement', 'Prioritisation'],
    People: ['Communication', 'Stakeholder management', 'Line management', 'Coaching and mentoring'],
  },
  retail: {
    Store: ['Cash handling', 'Point of sale operation', 'Pricing and labelling', 'Stock replenishment', 'Inventory control', 'Visual merchandising', 'Loss prevention', 'Store policies and procedures', 'Health and safety'],
    Customers: ['Customer service', 'Complaint handling', 'Product knowledge', 'Upselling'],
    Team: ['Training co-workers', 'Scheduling', 'Reporting', 'Team leadership', 'Communication'],
  },
  nursing: {
    Clinical: ['Patient assessment', 'Medication administration', 'Care planning', 'Infection control', 'Wound care', 'Triage', 'Emergency care', 'Charge nurse duties', 'Clinical documentation', 'Patient education'],
    Professional: ['Evidence-based practice', 'Patient advocacy', 'Professional development', 'Quality improvement', 'Leadership', 'Interdisciplinary collaboration', 'Communication'],
  },
};

function frameworkOf(id: string, catalogue: Catalogue): Framework {
  const competencies = Object.entries(catalogue).flatMap(([category, names]) =>
    names.map((name) => ({ id: `${id}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name, kind: 'skill' as const, category: category.replace(/_/g, ' ') })),
  );
  return FrameworkSchema.parse({ kind: 'trellis.framework', schemaVersion: FRAMEWORK_SCHEMA_VERSION, id, name: `${id} (corpus scoring)`, scales: [DEFAULT_SCALE], competencies, roles: [], transitions: [] });
}

export const scoringFrameworks: Record<string, Framework> = Object.fromEntries(Object.entries(CATALOGUES).map(([id, c]) => [id, frameworkOf(id, c)]));
