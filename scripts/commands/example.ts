// `trellis example` (what `npm start` runs): the whole offline main job on the bundled examples, from a KSA
// matrix, an assessment, an employee's objectives and the job description of the role they want.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../cli/args';
import type { Command } from '../cli/io';
import { plan } from './plan';

const USAGE = 'trellis example [--out DIR] [--today YYYY-MM-DD]';
const EXAMPLES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../examples');

export const example: Command = async (args, io) => {
  const { values } = parse(args, { out: { type: 'string' }, today: { type: 'string' } }, USAGE);
  const out = resolve(io.cwd, values.out ?? 'out/example');
  const ex = (name: string) => relative(io.cwd, join(EXAMPLES, name)) || name;
  // the example's own output is replaced on each run (said aloud); anything else in the folder is left alone
  const marker = join(out, '.trellis-example');
  if (existsSync(out) && existsSync(marker)) {
    for (const name of (await readFile(marker, 'utf8')).split('\n').filter(Boolean)) await rm(join(out, name), { force: true });
    io.stdout(`Replacing the previous example output in ${relative(io.cwd, out) || '.'}\n`);
  }
  io.stdout(`Trellis example: Alex Rivera, Engineer II, wants to grow towards the Senior Engineer job description.\n\n`);
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
      '--out', relative(io.cwd, out) || '.',
      ...(values.today ? ['--today', values.today] : []),
    ],
    io,
  );
  if (code === 0) {
    const { readdir, writeFile } = await import('node:fs/promises');
    await writeFile(marker, `${(await readdir(out)).filter((f) => f !== '.trellis-example').join('\n')}\n`);
    io.stdout(`Open the report in a browser to see the route, the gaps, the milestones and the first one-on-one questions.\n`);
  }
  return code;
};
