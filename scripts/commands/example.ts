// `trellis example` (what `npm start` runs): the whole offline main job on the bundled examples, from a KSA
// matrix, an assessment, an employee's objectives and the job description of the role they want.
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dayOption, parse } from '../cli/args';
import { CliError, type Command } from '../cli/io';
import { checkOutputFolder, makeOutputFolder } from '../cli/output-folder';
import { unsafeFileName } from '../cli/safe-name';
import { writeFileAtomic } from '../storage/folder-store';
import { plan } from './plan';

const USAGE = 'trellis example [--out DIR] [--today YYYY-MM-DD]';
const MARKER = '.trellis-example';
const EXAMPLES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../examples');

export const example: Command = async (args, io) => {
  const { values } = parse(args, { out: { type: 'string' }, today: { type: 'string' } }, USAGE);
  if (values.today !== undefined) dayOption(values.today, '--today', () => '');
  const out = resolve(io.cwd, values.out ?? 'out/example');
  const shown = relative(io.cwd, out) || '.';
  const ex = (name: string) => relative(io.cwd, join(EXAMPLES, name)) || name;
  // the plan is written to a staging folder first: the previous output is replaced only once the new one exists,
  // and only the files the example itself wrote (listed in the marker); anything else in the folder is left alone
  checkOutputFolder(out, io.cwd);
  const marker = join(out, MARKER);
  // the marker is a file in a folder anyone may edit: only plain names in the folder itself are followed
  const listed = existsSync(marker) ? (await readFile(marker, 'utf8')).split('\n').filter(Boolean) : [];
  const previous = listed.filter((name) => !unsafeFileName(name));
  for (const name of listed.filter((n) => unsafeFileName(n))) io.stderr(`warning: ${shown}/${MARKER}: ignored ${JSON.stringify(name)} (${unsafeFileName(name)}); only files in ${shown} itself are replaced\n`);
  const staging = `${out}.tmp-${process.pid}`;
  const stagingShown = relative(io.cwd, staging);
  await removeStaleStaging(out);
  io.stdout(`Trellis example: Alex Rivera, Engineer II, wants to grow towards the Senior Engineer job description.\n\n`);
  const said = { ...io, stdout: (text: string) => io.stdout(text.split(stagingShown).join(shown)), stderr: (text: string) => io.stderr(text.split(stagingShown).join(shown)) };
  try {
    const code = await plan(
      [
        '--framework', ex('ksa-matrix.csv'),
        '--framework', ex('transitions.csv'),
        '--assessment', ex('assessment.csv'),
        '--objectives', ex('objectives.json'),
        '--jd', ex('job-description.md'),
        '--employee', 'Alex Rivera <alex.rivera@example.com>',
        '--manager', 'Dana Lee <dana.lee@example.com>',
        '--approver', 'Morgan Chen <morgan.chen@example.com>',
        '--out', stagingShown,
        ...(values.today ? ['--today', values.today] : []),
      ],
      said,
    );
    if (code !== 0) return code;
    const written = await readdir(staging);
    const foreign = written.filter((name) => existsSync(join(out, name)) && !previous.includes(name));
    if (foreign.length) throw new CliError(`${shown} already holds ${foreign.join(', ')}, which the example did not write: nothing was changed. Choose another --out.`);
    if (previous.length) io.stdout(`Replaced the previous example output in ${shown}\n`);
    await makeOutputFolder(out, io.cwd);
    // the marker names both runs' files before any moves, so an interruption leaves nothing the next run refuses
    await writeFileAtomic(marker, `${[...new Set([...previous, ...written])].join('\n')}\n`);
    for (const name of written) await rename(join(staging, name), join(out, name));
    for (const name of previous.filter((n) => !written.includes(n))) await rm(join(out, name), { force: true });
    await writeFileAtomic(marker, `${written.join('\n')}\n`);
    io.stdout(`Open the report in a browser to see the route, the gaps, the milestones and the first one-on-one questions.\n`);
    return 0;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
};

/** Staging folders of earlier runs that were interrupted ("<out>.tmp-<pid>" of a process no longer running). */
async function removeStaleStaging(out: string): Promise<void> {
  const parent = dirname(out);
  if (!existsSync(parent)) return;
  const prefix = `${basename(out)}.tmp-`;
  for (const entry of await readdir(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length));
    if (!Number.isInteger(pid) || (pid !== process.pid && isRunning(pid))) continue;
    await rm(join(parent, entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
