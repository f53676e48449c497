// Job descriptions and job-family pages: the facts a person wrote down by reading each one, and how the job-description
// reader's output is checked against them.
import type { CorpusEntry, CorpusScorer } from './corpus';

export interface JobDescriptionFacts {
  /** The posting's title as a person reads it. */
  title?: string;
}

export const jobDescriptionEntries: CorpusEntry<JobDescriptionFacts>[] = [];

export const jobDescriptionScorer: CorpusScorer<JobDescriptionFacts> = {
  kind: 'job-description',
  entries: jobDescriptionEntries,
  async score() {
    return { checks: [] };
  },
};
