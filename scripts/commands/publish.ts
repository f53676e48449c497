// `trellis publish <framework.json> --out DIR`: the department's career paths as a static site (lattice per
// track, role pages, side-by-side level changes, lateral and exploratory moves, start-a-plan downloads).
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { readFramework } from '../../shared/model/files';
import { tracksOf } from '../../shared/model/framework';
import { publishedSite } from '../../shared/render/site/published-site';
import { parse, required } from '../cli/args';
import { CliError, type Command } from '../cli/io';
import { writeOwnedFolder } from '../cli/output-folder';

const USAGE = 'trellis publish <framework.json> --out DIR [--force]';

export const publish: Command = async (args, io) => {
  const { values, positionals } = parse(args, { out: { type: 'string' }, force: { type: 'boolean' } }, USAGE);
  if (positionals.length !== 1) throw new CliError(`give one framework file\n\nusage: ${USAGE}`, 2);
  const file = positionals[0]!;
  const outDir = resolve(io.cwd, required(values.out, '--out', USAGE));
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new CliError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const framework = readFramework(text, file);
  if (!framework.roles.length) throw new CliError(`${file}: the framework has no roles to publish`);
  const files = publishedSite(framework);
  const { removed } = await writeOwnedFolder(outDir, files, { force: values.force, cwd: io.cwd, what: 'published site' });
  const pages = Object.keys(files).filter((f) => f.endsWith('.html')).length;
  io.stdout(
    [
      `Published ${framework.name} v${framework.version}: ${framework.roles.length} roles on ${tracksOf(framework).size} track(s), ${pages} pages${removed.length ? ` (${removed.length} page(s) of roles no longer in the framework removed)` : ''}`,
      `  open: ${relative(io.cwd, join(outDir, 'index.html'))}`,
      '  copy the folder to any static host or intranet share; every link is relative',
      '',
    ].join('\n'),
  );
  return 0;
};
