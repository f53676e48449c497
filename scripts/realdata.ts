// `npm run realdata`: runs the converters over every real public document in ../shared/realdata (read at run
// time, never copied into the repo) and prints, per file, what was extracted. Each converter family owns one
// module under scripts/realdata/ and says which files it reads; a file no converter reads is listed as skipped.
// With --score it scores the readers on the corpus instead (scripts/realdata/score/): facts written down by reading
// each document, a tuning half and a check half.
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
const args = process.argv.slice(2);
if (args.includes('--score')) {
  // `--score [--half tuning|check] [--kind ladder|job-description] [--only ID,ID] [--verbose]`
  const { scoreCorpus } = await import('./realdata/score/score');
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  process.exitCode = await scoreCorpus({ half: value('--half') as 'tuning' | 'check' | undefined, kind: value('--kind'), only: value('--only')?.split(','), verbose: args.includes('--verbose') });
} else {
  await listEveryFile();
}

async function listEveryFile(): Promise<void> {
  const dir = resolve(args[0] ?? process.env.TRELLIS_REALDATA ?? join(here, '../../shared/realdata'));
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
}
