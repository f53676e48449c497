// The `trellis` command line: offline career paths from KSA matrices, assessments and job descriptions.
import { CliError, type CliIO, type Command } from './cli/io';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  example: { summary: 'run the main job on the bundled examples (what `npm start` does)', load: async () => (await import('./commands/example')).example },
  framework: { summary: 'read a KSA matrix (.csv, .xlsx) into a framework JSON', load: async () => (await import('./commands/framework')).framework },
  role: { summary: 'read a job description (.md, .html, .docx, .txt) into roles', load: async () => (await import('./commands/role')).role },
  gap: { summary: 'gaps, readiness and the route from a current role to a target', load: async () => (await import('./commands/gap')).gap },
  plan: { summary: 'draft a career plan and write the plan file and an HTML report', load: async () => (await import('./commands/plan')).plan },
  report: { summary: 'team and HR report across a folder of plans (HTML + CSV)', load: async () => (await import('./commands/report')).report },
  publish: { summary: 'publish a framework’s career paths as a static site', load: async () => (await import('./commands/publish')).publish },
  drive: { summary: 'pull, push and import career files on Google Drive', load: async () => (await import('./commands/drive')).drive },
};

export function helpText(): string {
  return [
    'usage: trellis <command> [options]',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    'Run `trellis <command> --help` for a command’s options. See README.md for the file formats.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${helpText()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`trellis: unknown command "${name}"\n\n${helpText()}\n`);
    return 2;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      if (error.exitCode === 0) io.stdout(`${error.message}\n`);
      else io.stderr(`trellis ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof Error && (error.name === 'FileFormatError' || error.name === 'WorkflowError')) {
      io.stderr(`trellis ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** Runs the command line in this process (the `trellis` bin). */
export function runFromProcess(): void {
  main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd(), isTTY: process.stderr.isTTY, columns: process.stderr.columns }).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`trellis: unexpected error: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 70;
    },
  );
}
