// `npm run realdata`: runs the converters over every real public document in ../shared/realdata (read at run
// time, never copied into the repo) and prints, per file, what was extracted. Each converter family owns one
// module under scripts/realdata/ and says which files it reads; a file no converter reads is listed as skipped.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jobDescriptionReport } from './realdata/job-descriptions';
import { matrixReport } from './realdata/matrices';

/** What a converter family says of one file: a title line and the rows of its table, or undefined when it does not read that file. */
export interface RealdataReport {
  converter: string;
  summary: string;
  table: string[];
}
export type RealdataConverter = (file: string, bytes: Buffer) => Promise<RealdataReport | undefined>;

const here = dirname(fileURLToPath(import.meta.url));
const dir = resolve(process.argv[2] ?? process.env.TRELLIS_REALDATA ?? join(here, '../../shared/realdata'));
if (!existsSync(dir)) {
  process.stderr.write(`realdata: ${dir} does not exist (it sits beside the repository as ../shared/realdata); pass another folder as the first argument\n`);
  process.exit(2);
}
const converters: RealdataConverter[] = [matrixReport, jobDescriptionReport];
let failures = 0;
for (const name of readdirSync(dir).sort()) {
  if (name === 'SOURCES.md' || name.startsWith('.')) continue;
  const path = join(dir, name);
  const bytes = readFileSync(path);
  let read = false;
  for (const convert of converters) {
    try {
      const report = await convert(path, bytes);
      if (!report) continue;
      read = true;
      process.stdout.write(`\n## ${name}: ${report.converter}\n${report.summary}\n${report.table.join('\n')}\n`);
    } catch (error) {
      failures++;
      process.stdout.write(`\n## ${name}: EXCEPTION\n${(error as Error).stack ?? error}\n`);
    }
  }
  if (!read) process.stdout.write(`\n## ${name}: skipped (not a job description or a matrix in a supported format)\n`);
}
process.stdout.write(`\n${failures ? `${failures} file(s) raised an exception` : 'Every file ran without an exception.'}\n`);
process.exitCode = failures ? 1 : 0;
