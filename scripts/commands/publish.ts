// `trellis publish <framework.json | matrix…> --out DIR`: the department's career paths as a static site (lattice per
// track, role pages, side-by-side level changes, lateral and exploratory moves, start-a-plan downloads).
import { join, relative, resolve } from 'node:path';
import { formatDiagnostic, hasErrors } from '../../shared/ingest/diagnostics';
import { tracksOf } from '../../shared/model/framework';
import { publishedSite } from '../../shared/render/site/published-site';
import { parse, required } from '../cli/args';
import { CliError, type Command } from '../cli/io';
import { writeOwnedFolder } from '../cli/output-folder';
import { readFrameworkFiles } from '../ingest/read-framework';

const USAGE = 'trellis publish <framework.json | matrix.csv|.xlsx [transitions.csv]…> --out DIR [--force]';

export const publish: Command = async (args, io) => {
  const { values, positionals } = parse(args, { out: { type: 'string' }, force: { type: 'boolean' } }, USAGE);
  if (!positionals.length) throw new CliError(`give the framework file (or the KSA matrix and its transitions)\n\nusage: ${USAGE}`, 2);
  const outDir = resolve(io.cwd, required(values.out, '--out', USAGE));
  const file = positionals.join(', ');
  const { framework, diagnostics } = await readFrameworkFiles(positionals, { cwd: io.cwd });
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  if (!framework || hasErrors(diagnostics)) throw new CliError(`${file}: the framework has errors (listed above); nothing was published`);
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
