// Team and HR views across many plans: skill gaps, readiness, the talent pipeline, succession risk, stale plans.
export * from './framework-catalog';
export * from './team';
export * from './skill-gap-heatmap';
export * from './readiness-distribution';
export * from './talent-pipeline';
export * from './roles-at-risk';
export * from './stale-plans';
export * from './actions-due';
export * from './team-report';
