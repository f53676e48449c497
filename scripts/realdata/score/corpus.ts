// The corpus the readers are scored on: real public documents nobody on the team wrote, read at run time from
// ../shared/realdata (beside the repository) or from a folder outside git (TRELLIS_CORPUS_DIR), never copied into the
// repository. The repository keeps only where each document comes from and the facts a person wrote down by reading it.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Split before tuning began: the tuning half is what readers are developed against, the check half is only scored. */
export type Half = 'tuning' | 'check';
export type CorpusKind = 'ladder' | 'job-description';

export interface CorpusEntry<Facts> {
  /** Short stable name, used on the command line (`--only ID`) and in the output. */
  id: string;
  kind: CorpusKind;
  half: Half;
  /** `realdata`: a file of ../shared/realdata; `corpus`: a file under TRELLIS_CORPUS_DIR. */
  where: 'realdata' | 'corpus';
  /** The file's name (or path) inside that folder. */
  file: string;
  /** Where the document was published: repository · path · commit, or the page's address. */
  source: string;
  company: string;
  sector: string;
  format: string;
  facts: Facts;
}

/** One fact checked on one document: what the person who read it wrote down against what the reader produced. */
export interface FactCheck {
  field: string;
  expected: string;
  actual: string;
  holds: boolean;
}

/** Matching sentences (or items) to competencies, counted per document so each half gets precision and recall. */
export interface MatchCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface ScoredDocument {
  checks: FactCheck[];
  matching?: MatchCounts;
  /** Anything the scorer wants a reader of the output to see (what the reader said about the file). */
  notes?: string[];
}

export type Outcome = 'scored' | 'skipped' | 'crashed' | 'hung';

export interface DocumentResult extends ScoredDocument {
  id: string;
  kind: CorpusKind;
  half: Half;
  outcome: Outcome;
  /** Why a document was skipped or what it crashed with. */
  reason?: string;
  ms?: number;
}

/** A family of documents with their facts and the function that scores one of them. */
export interface CorpusScorer<Facts = unknown> {
  kind: CorpusKind;
  entries: CorpusEntry<Facts>[];
  score(entry: CorpusEntry<Facts>, path: string): Promise<ScoredDocument>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function realdataDir(): string {
  return resolve(process.env.TRELLIS_REALDATA ?? join(repoRoot, '../shared/realdata'));
}

/** The outside folder that holds documents gathered from public repositories and sites (empty on a fresh machine). */
export function corpusDir(): string {
  return resolve(process.env.TRELLIS_CORPUS_DIR ?? join(repoRoot, '../trellis-corpus'));
}

/** The document's path on this machine, or undefined when it is not at hand. */
export function locate(entry: Pick<CorpusEntry<unknown>, 'where' | 'file'>): string | undefined {
  const path = join(entry.where === 'realdata' ? realdataDir() : corpusDir(), entry.file);
  return existsSync(path) ? path : undefined;
}

/** A fact check in one line: equality of normalised text. */
export function check(field: string, expected: unknown, actual: unknown, holds?: boolean): FactCheck {
  const show = (v: unknown) => (v === undefined ? '(none)' : Array.isArray(v) ? v.join(' | ') : String(v));
  const e = show(expected);
  const a = show(actual);
  return { field, expected: e, actual: a, holds: holds ?? normalise(e) === normalise(a) };
}

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}
