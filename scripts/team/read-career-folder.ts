// Reads a folder of career files (plans and frameworks, in subfolders too) for the team report: every file that
// cannot be read is reported with its name and skipped, never fatal to the whole report.
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { isAscii, isUtf8 } from 'node:buffer';
import { checkDeadline, checkInputSize, limits } from '../../shared/ingest/limits';
import { decodeInputText } from '../ingest/text-input';
import { binaryKind } from '../ingest/sniff';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join, relative, resolve } from 'node:path';
import { readFramework, readPlan } from '../../shared/model/files';
import type { Framework } from '../../shared/model/framework';
import type { Plan } from '../../shared/model/plan';
import { effectiveLevels, type Assertion } from '../../shared/model/assessment';
import type { PlanEntry, TeamProblem } from '../../shared/team/team';
import { isReplacedPlanName } from '../../shared/storage/drive-files';

export interface CareerFolder {
  plans: PlanEntry[];
  frameworks: { framework: Framework; file: string }[];
  problems: TeamProblem[];
}

const isPlan = (name: string) => name.endsWith('.plan.json') && !isReplacedPlanName(name);
const isFramework = (name: string) => name.endsWith('.framework.json');

/** Paths of plan and framework files below `dir`, skipping hidden folders and `skip` (the report's own output). */
export async function listCareerFiles(dir: string, skip: readonly string[] = []): Promise<string[]> {
  const skipped = new Set(skip.map((s) => resolve(s)));
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const e of entries) {
      const path = join(folder, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules' && !skipped.has(resolve(path))) await walk(path);
      } else if (e.isFile() && (isPlan(e.name) || isFramework(e.name))) out.push(path);
    }
  };
  await walk(dir);
  return out.sort();
}

/**
 * What the team report reads of a plan: everything but what it never uses. A plan kept alive for years holds
 * hundreds of check-ins and assertions; keeping only the latest check-in (all staleness needs) and, per
 * competency, the latest self and manager assertions without evidence text (all the effective level is made of,
 * chosen by the core's own rule) lets thousands of such plans fit in memory and cross from a reading thread cheaply.
 */
export function forTeamReport(plan: Plan): Plan {
  const latest = plan.checkIns.reduce<Plan['checkIns'][number] | undefined>((a, c) => (!a || c.at > a.at ? c : a), undefined);
  const assessment: Assertion[] = [];
  for (const e of effectiveLevels(plan.assessment).values()) {
    for (const a of [e.latestSelf, e.latestManager]) if (a) assessment.push(a.evidence ? { ...a, evidence: '' } : a);
  }
  return { ...plan, checkIns: latest ? [{ ...latest, notes: '' }] : [], assessment };
}

function problemText(error: unknown): string {
  const e = error as Error & { problems?: string[] };
  if (e.name === 'FileFormatError' && e.problems) return e.problems.slice(0, 5).join('; ') + (e.problems.length > 5 ? `; and ${e.problems.length - 5} more` : '');
  return e.message;
}

/** A file's text, held to the size limit, decoded as saved (a BOM, UTF-16), and a binary file named for what it is. */
function readCareerText(path: string, file: string, what: string): string {
  checkInputSize(statSync(path).size, file);
  return decodeInputText(readFileSync(path), file, what).text;
}

/** One plan file read for the team report, or why it was skipped; what a reading thread sends back. */
export type PlanFileResult = { entry: PlanEntry } | { problem: TeamProblem };

/** Where plan files are read: one buffer reused from file to file (fresh memory for each would cost more than the read). */
let readBuffer = Buffer.allocUnsafe(1 << 20);

/** A file's bytes, held to the size limit, read into the shared buffer: valid until the next call. */
function readPlanBytes(path: string, file: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    checkInputSize(fstatSync(fd).size, file);
    let length = 0;
    // to the end, whatever the size said: a file that grew meanwhile is read as it is now, within the limit
    for (;;) {
      if (length === readBuffer.length) {
        checkInputSize(length + 1, file);
        const grown = Buffer.allocUnsafe(readBuffer.length * 2);
        readBuffer.copy(grown);
        readBuffer = grown;
      }
      const n = readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (n === 0) return readBuffer.subarray(0, length);
      length += n;
    }
  } finally {
    closeSync(fd);
  }
}

/** The UTF-8 bytes of the characters every input has removed (text-input.ts's INVISIBLE), a byte-order mark among them. */
const INVISIBLE_UTF8 = ['\u200b', '\u2060', '\ufeff', '\u180e'].map((c) => Buffer.from(c, 'utf8'));

function holdsInvisibleUtf8(bytes: Buffer): boolean {
  return INVISIBLE_UTF8.some((sequence) => bytes.includes(sequence));
}

/**
 * The JSON text of a plan file that is valid UTF-8, made all ASCII: its ASCII head and tail read one byte a
 * character, and the part between its first and last byte beyond ASCII decoded as UTF-8 with each character beyond
 * ASCII written as its JSON escape (\u2013). JSON holds such characters only inside strings, where an escape means
 * the character itself, so the file parses to the same value; and the text stays one byte a character, which V8
 * makes and parses far faster than decoding UTF-8 holding non-ASCII characters into two-byte text (a plan whose only
 * such characters are a name or the en dash of its scale, "Proficiency 1–5", near its top then costs little more
 * than an ASCII one; a plan whose notes hold them throughout costs about what decoding it whole does). The cuts are
 * found by halving with the native isAscii, not by a loop over 200 KB of bytes. (A character beyond ASCII outside a
 * string makes the escaped text invalid JSON, as the file was.)
 */
export function asciiJsonText(bytes: Buffer): string {
  let lo = 0;
  let hi = bytes.length;
  // the longest ASCII head: isAscii(bytes[0, lo)) holds, isAscii(bytes[0, hi)) does not
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (isAscii(bytes.subarray(0, mid))) lo = mid;
    else hi = mid;
  }
  const first = lo;
  hi = bytes.length;
  // the longest ASCII tail: isAscii(bytes[hi, end)) holds, isAscii(bytes[lo, end)) does not
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (isAscii(bytes.subarray(mid))) hi = mid;
    else lo = mid;
  }
  const middle = bytes.toString('utf8', first, hi).replace(BEYOND_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return bytes.toString('latin1', 0, first) + middle + bytes.toString('latin1', hi);
}

/** One UTF-16 unit beyond ASCII (a character outside the Basic Multilingual Plane is two, escaped as a pair). */
const BEYOND_ASCII = /[^\x00-\x7f]/g;

/**
 * Reads, checks and compacts one plan file; `file` names it in messages. A file as Trellis writes plans (UTF-8
 * without a byte-order mark, ASCII being the common case) is its own text when it holds none of the invisible
 * characters every input has removed: decoding it through the general reader, looking for binary data and removing
 * those characters would change nothing (a control character makes JSON invalid), so that work is left to a file
 * that fails to read, whose problem is then worded by the reading every input goes through. (Plans carry names in
 * any script and their target's competencies, so most are not ASCII: the UTF-8 case is the one that matters.)
 */
export function readPlanFile(path: string, file: string): PlanFileResult {
  try {
    const bytes = readPlanBytes(path, file);
    const ascii = isAscii(bytes);
    if ((ascii || (isUtf8(bytes) && !holdsInvisibleUtf8(bytes))) && !binaryKind(bytes)) {
      try {
        return { entry: { plan: forTeamReport(readPlan(ascii ? bytes.toString('latin1') : asciiJsonText(bytes), file)), file } };
      } catch {
        // read again below, so that the problem is worded as for any other input
      }
    }
    return { entry: { plan: forTeamReport(readPlan(decodeInputText(bytes, file, 'a plan file').text, file)), file } };
  } catch (error) {
    return { problem: { file, severity: 'error', message: `plan skipped: ${problemText(error)}` } };
  }
}

export interface ReadCareerFolderOptions {
  /** Names each file in messages (a path relative to where the user is). */
  label?: (path: string) => string;
  /** Files read as frameworks whatever their name. */
  frameworks?: readonly string[];
  /**
   * Threads reading plans at once, this one included: by default one per core once there are enough plans to pay
   * for starting the others (reading, checking and compacting a plan is pure CPU work, so the threads share nothing
   * but the file list).
   */
  threads?: number;
}

/** Below this many plans the report reads them on its own thread: starting a reading thread costs more. */
const PLANS_WORTH_THREADS = 200;

/**
 * Reads every file: `*.framework.json` and `frameworks` as frameworks, the rest as plans. Frameworks are few and
 * read here; plans are read by a pool of threads when there are many (see `readPlansInThreads`).
 */
export async function readCareerFolder(paths: readonly string[], options: ReadCareerFolderOptions = {}): Promise<CareerFolder> {
  const result: CareerFolder = { plans: [], frameworks: [], problems: [] };
  const label = options.label ?? ((p: string) => p);
  const extraFrameworks = new Set(options.frameworks ?? []);
  const all = [...new Set([...paths, ...extraFrameworks])];
  const planFiles: { path: string; file: string }[] = [];
  for (const path of all) {
    const file = label(path);
    if (!isFramework(path) && !extraFrameworks.has(path)) {
      planFiles.push({ path, file });
      continue;
    }
    checkDeadline(Date.now(), file);
    try {
      result.frameworks.push({ framework: readFramework(readCareerText(path, file, 'a framework file'), file), file });
    } catch (error) {
      result.problems.push({ file, severity: 'error', message: `framework skipped (plans made against it are reported below): ${problemText(error)}` });
    }
  }
  const threads = Math.min(options.threads ?? (planFiles.length >= PLANS_WORTH_THREADS ? availableParallelism() : 1), planFiles.length);
  // synchronous reads on one thread: for a few small files they are several times faster than fs/promises here,
  // and a command line has nothing else to do meanwhile
  const read = threads > 1 ? await readPlansInThreads(planFiles, threads) : planFiles.map(({ path, file }) => (checkDeadline(Date.now(), file), readPlanFile(path, file)));
  for (const r of read) {
    if ('entry' in r) result.plans.push(r.entry);
    else result.problems.push(r.problem);
  }
  // threads finish in any order and extra framework files come after the folder's; keep reports in file order
  result.plans.sort((a, b) => a.file.localeCompare(b.file));
  result.frameworks.sort((a, b) => a.file.localeCompare(b.file));
  result.problems.sort((a, b) => a.file.localeCompare(b.file));
  return result;
}

/** Files handed to a reading thread at a time: small enough that a thread slowed by a busy machine holds up little. */
const BATCH = 25;

type PlanFile = { path: string; file: string };

/**
 * Reads plan files with `threads` readers: this thread and `threads - 1` worker threads, each taking the next batch
 * as it finishes one. This thread would otherwise only wait, and each worker costs its start-up and the copying of
 * its results, so one reader per core counts this one. Workers answer with the compact plans (`forTeamReport`) as
 * JSON text, which crosses between threads as one string and is parsed here faster than a structured clone.
 */
async function readPlansInThreads(files: readonly PlanFile[], threads: number): Promise<PlanFileResult[]> {
  const out: PlanFileResult[] = [];
  const workers: Worker[] = [];
  let next = 0;
  /** The next batch, or none when all are handed out or the run is out of time (which rejects the read). */
  const take = (): PlanFile[] => {
    if (next >= files.length) return [];
    checkDeadline(Date.now(), files[next]!.file);
    return files.slice(next, (next += BATCH));
  };
  const inWorker = () =>
    new Promise<void>((resolveThread, rejectThread) => {
      // the threads work to the limits this run was given (TRELLIS_LIMITS); the run-time budget is checked here
      const worker = new Worker(new URL('./read-plans-worker.mjs', import.meta.url), { workerData: { limits: { ...limits } } });
      workers.push(worker);
      let done = false;
      /** Batches sent and not answered yet: two, so the worker reads on while its answer waits for this thread. */
      let outstanding = 0;
      const give = () => {
        let batch: PlanFile[];
        try {
          batch = take();
        } catch (error) {
          rejectThread(error);
          return;
        }
        if (batch.length) {
          worker.postMessage(batch);
          outstanding++;
          return;
        }
        if (outstanding || done) return;
        done = true;
        void worker.terminate().then(() => resolveThread());
      };
      worker.on('message', (results: string) => {
        outstanding--;
        out.push(...(JSON.parse(results) as PlanFileResult[]));
        give();
      });
      worker.on('error', (error) => rejectThread(new Error(`a thread reading plans failed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (!done) rejectThread(new Error(`a thread reading plans stopped (exit code ${code}) before it had read its files`));
      });
      give();
      give();
    });
  /** Files this thread reads between looking at the workers' answers: a worker's answer never waits long. */
  const BETWEEN_ANSWERS = 10;
  const here = async () => {
    for (let batch = take(); batch.length; batch = take()) {
      for (let i = 0; i < batch.length; i++) {
        out.push(readPlanFile(batch[i]!.path, batch[i]!.file));
        // let the workers' answers in and hand them their next batch
        if ((i + 1) % BETWEEN_ANSWERS === 0) await new Promise((resolveTurn) => setImmediate(resolveTurn));
      }
    }
  };
  try {
    await Promise.all([here(), ...Array.from({ length: threads - 1 }, inWorker)]);
  } catch (error) {
    next = files.length; // this thread stops reading too
    throw error;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

export function relativeTo(cwd: string): (path: string) => string {
  return (path) => relative(cwd, path) || path;
}
