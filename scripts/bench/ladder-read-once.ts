// One run of the ladder bench, in a process of its own: reads the ladder file given as argument to a framework, as
// `trellis framework` does, and prints { ms, peakBytes, measure } as one JSON line.
//
// Peak memory is the kernel's high-water mark of the process's resident memory (VmHWM) during the read, above the
// memory the process held just before it (modules loaded, the file's bytes read, garbage collected): every transient
// peak counts, even one inside synchronous code that a timer could never sample. The mark is reset first (writing 5
// to /proc/self/clear_refs), so loading the modules does not hide a lower peak. Where /proc is missing (not Linux),
// the resident memory after the read is the figure: a lower bound, said so in `measure`.
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import { readLadderDocument } from '../ingest/read-ladder-document';
import { ingestKsaMatrix } from '../../shared/ingest/ksa-matrix';
import { COMPETENCIES, ROLES } from './ladder-bench';

export interface ReadOnce {
  ms: number;
  peakBytes: number;
  /** How much of it is V8's young generation grown during the read (its semispaces): the collector's, not the data's. */
  youngGenerationBytes: number;
  measure: 'VmHWM' | 'rss after';
}

function status(field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

function resetHighWaterMark(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const file = process.argv[2]!;
const ext = extname(file);
const bytes = readFileSync(file);
(globalThis as { gc?: () => void }).gc?.();
const youngGeneration = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.physical_space_size ?? 0;
const youngBefore = youngGeneration();
const exact = resetHighWaterMark() && status('VmRSS') !== undefined;
const before = exact ? status('VmRSS')! : process.memoryUsage().rss;
const t = performance.now();
const { grids } = await readLadderDocument(bytes, ext, `ladder${ext}`);
const result = ingestKsaMatrix(grids);
const ms = performance.now() - t;
const after = exact ? status('VmHWM')! : process.memoryUsage().rss;
const youngGenerationBytes = Math.max(0, youngGeneration() - youngBefore);
const framework = result.framework;
if (framework?.roles.length !== ROLES || framework.competencies.length !== COMPETENCIES) throw new Error(`read ${framework?.roles.length} roles, ${framework?.competencies.length} competencies`);
if (framework.competencies[0]!.descriptors.length !== ROLES) throw new Error('descriptors lost');
const out: ReadOnce = { ms, peakBytes: after - before, youngGenerationBytes, measure: exact ? 'VmHWM' : 'rss after' };
console.log(JSON.stringify(out));
