// Ladders and competency matrices: the facts a person wrote down by reading each one, and how the framework
// reader's output is checked against them.
import type { CorpusEntry, CorpusScorer } from './corpus';

export interface LadderFacts {
  /** Roles in order along their track, as the document names them. */
  roles?: string[];
}

export const ladderEntries: CorpusEntry<LadderFacts>[] = [];

export const ladderScorer: CorpusScorer<LadderFacts> = {
  kind: 'ladder',
  entries: ladderEntries,
  async score() {
    return { checks: [] };
  },
};
