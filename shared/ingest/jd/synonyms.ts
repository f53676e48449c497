// Phrases job descriptions use for the same competency, so "mentorship" finds the catalogue's "Mentoring".

/**
 * Each group names one competency several ways. A catalogue competency whose name (or a part of it)
 * is in a group is also found by the group's other phrases. Kept to phrases that are unambiguous in a
 * job description: precision matters more than recall (a wrong competency in a plan is worse than a missing one).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['coding', 'programming', 'software development', 'writing code', 'write code', 'code quality'],
  ['system design', 'systems design', 'software design', 'technical design', 'design of systems', 'designing systems', 'distributed systems design'],
  ['software architecture', 'architecture patterns', 'architectural patterns', 'system architecture', 'systems architecture', 'architecture'],
  ['testing', 'test automation', 'automated testing', 'unit testing', 'quality assurance', 'writing tests'],
  ['code review', 'reviewing code', 'review code', 'peer review'],
  ['incident response', 'incident management', 'on-call rotation', 'on call rotation'],
  ['mentoring', 'mentorship', 'mentor'],
  ['coaching', 'coach', 'giving feedback', 'give feedback', 'provide feedback', 'useful feedback'],
  ['hiring', 'recruiting', 'recruitment', 'interviewing', 'talent acquisition', 'hire'],
  ['roadmapping', 'roadmap', 'roadmap planning', 'product roadmap'],
  ['user research', 'customer research', 'ux research', 'usability testing', 'user interviews'],
  ['communication', 'communicating', 'communicate', 'communicator', 'written and verbal communication', 'verbal and written communication', 'presentation skills'],
  ['collaboration', 'teamwork', 'cross-functional collaboration', 'cross-team collaboration', 'collaborate', 'working across teams', 'work across teams'],
  ['decision making', 'decision-making', 'making decisions', 'make decisions'],
  ['leadership', 'people leadership', 'team leadership', 'technical leadership', 'leading teams'],
  ['people management', 'managing people', 'line management', 'team management', 'manage a team', 'managing a team', 'direct reports'],
  ['project management', 'program management', 'programme management', 'managing projects', 'project planning'],
  ['stakeholder management', 'managing stakeholders', 'stakeholder engagement'],
  ['problem solving', 'problem-solving', 'solve problems', 'solving problems', 'root cause analysis'],
  ['data analysis', 'analysing data', 'analyzing data', 'data analytics', 'analytical skills'],
  ['product analytics', 'product metrics', 'usage analytics'],
  ['budgeting', 'budget management', 'managing budgets', 'manage a budget', 'budget'],
  ['negotiation', 'negotiating', 'negotiate'],
  ['customer service', 'customer support', 'customer care', 'client service', 'assisting customers', 'assist customers', 'helping customers', 'customer questions', 'customer inquiries', 'customer enquiries'],
  ['attention to detail', 'detail-oriented', 'detail oriented', 'attention to detail'],
  ['time management', 'prioritisation', 'prioritization', 'organisational skills', 'organizational skills'],
  ['emotional intelligence', 'empathy', 'empathise', 'empathize'],
  ['change management', 'managing change'],
  ['performance management', 'managing performance'],
  ['employee relations', 'employee relations issues'],
  ['machine learning', 'ml models'],
  ['security', 'information security', 'cybersecurity', 'application security', 'secure coding'],
  ['continuous delivery', 'ci/cd', 'continuous integration', 'deployment pipelines'],
  ['cloud infrastructure', 'cloud platforms', 'cloud technologies', 'cloud computing', 'cloud services', 'cloud native', 'public cloud'],
  ['internal controls', 'internal control', 'financial controls', 'financial control', 'management controls'],
  ['cash handling', 'handling cash', 'handle cash', 'cash transactions', 'process payments', 'processing payments'],
  ['point of sale', 'point of sale operation', 'pos system', 'cash register', 'cash registers', 'checkout registers', 'check-out registers'],
  ['account management', 'managing accounts', 'manage accounts', 'account care', 'customer accounts', 'key accounts'],
  ['sales forecasting', 'forecasting', 'revenue forecasting'],
  ['risk management', 'managing risk', 'manage risk', 'risk assessment', 'risk methodologies'],
  ['infrastructure as code', 'iac', 'terraform', 'cloudformation', 'pulumi'],
  // tools that name their craft: "proficiency in Linux" is Linux administration, "experience with GitHub" version
  // control (never "GitLab": a company's own name on its every page)
  ['linux administration', 'linux systems', 'linux system administration', 'unix administration', 'linux'],
  ['version control', 'git', 'github', 'source control'],
  ['security practices', 'security posture', 'security audits', 'security best practices', 'application security', 'information security', 'cybersecurity', 'secure coding'],
  ['performance and scalability', 'scalability', 'scale globally', 'performance tuning', 'performance optimisation', 'performance optimization'],
  ['training co-workers', 'train co-workers', 'instruct co-workers', 'training staff', 'train staff', 'train new staff', 'train new employees'],
  ['competitive analysis', 'competitor analysis', 'competitive landscape', 'competitive intelligence', 'competitor research'],
  ['community building', 'building community', 'build community', 'community of practice', 'communities of practice', 'community management', 'community engagement'],
  ['domain knowledge', 'domain expertise', 'business domain', 'industry knowledge'],
  ['employment policy', 'employment law', 'labour law', 'labor law'],
];

/**
 * Words too general to name a competency on their own: when a catalogue name is split ("Testing and
 * quality") a part like "quality" is not used alone.
 */
export const GENERIC_WORDS = new Set([
  'quality', 'practice', 'practices', 'policy', 'feedback', 'knowledge', 'skill', 'skills', 'ability', 'abilities', 'design', 'management', 'process', 'processes',
  'planning', 'delivery', 'support', 'operations', 'development', 'strategy', 'research', 'analysis', 'review', 'data', 'product', 'people', 'team', 'teams', 'work',
  'performance', 'tools', 'technology', 'business', 'impact', 'ownership', 'influence', 'execution', 'craft', 'culture', 'growth', 'learning', 'making', 'building',
  'uncertainty', 'scale', 'systems', 'system', 'domain', 'thinking', 'excellence', 'delivery', 'experience', 'expertise', 'other', 'general', 'core', 'conduct', 'values', 'health',
]);
