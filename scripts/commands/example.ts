// `trellis example` (what `npm start` runs): the whole offline main job on the bundled examples, from a KSA
// matrix, an assessment, an employee's objectives and the job description of the role they want.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dayOption, parse } from '../cli/args';
import { CliError, type Command } from '../cli/io';
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
  const marker = join(out, MARKER);
  const previous = existsSync(marker) ? (await readFile(marker, 'utf8')).split('\n').filter(Boolean) : [];
  const staging = `${out}.tmp-${process.pid}`;
  const stagingShown = relative(io.cwd, staging);
  await rm(staging, { recursive: true, force: true });
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
    await mkdir(out, { recursive: true });
    for (const name of previous) await rm(join(out, name), { force: true });
    for (const name of written) await rename(join(staging, name), join(out, name));
    await writeFile(marker, `${written.join('\n')}\n`);
    io.stdout(`Open the report in a browser to see the route, the gaps, the milestones and the first one-on-one questions.\n`);
    return 0;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
};
