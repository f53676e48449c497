// Team and HR views across many plans (workforce, pipeline, succession). Filled in by the team-reports work.
export {};
