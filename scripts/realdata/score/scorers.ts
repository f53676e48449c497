// Every family of corpus documents the scorer knows: ladders and matrices (frameworks), and job descriptions.
import type { CorpusScorer } from './corpus';
import { ladderScorer } from './ladders';
import { jobDescriptionScorer } from './job-descriptions';

export const scorers: CorpusScorer<any>[] = [ladderScorer, jobDescriptionScorer];
