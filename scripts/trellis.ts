// The `trellis` command line: offline career paths from KSA matrices, assessments and job descriptions.
import { InputLimitError, limits, LIMITS_SETTING, setLimits, startDeadline } from '../shared/ingest/limits';
import { CliError, type CliIO, type Command } from './cli/io';
import { terminalSafe } from './cli/terminal-text';
import { DEBUG_HINT, describeUnexpected } from './cli/unexpected-error';

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
    'Add --debug to see the details (a stack trace) of an unexpected error. Input limits: TRELLIS_LIMITS (README).',
  ].join('\n');
}

export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  // --debug anywhere: an unexpected error is shown with its stack (for a bug report), not as one line
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv.filter((a) => a !== '--debug');
  const io: CliIO = { ...rawIO, stdout: (t) => rawIO.stdout(terminalSafe(t)), stderr: (t) => rawIO.stderr(terminalSafe(t)) };
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${helpText()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`trellis: unknown command "${name}"\n\n${helpText()}\n`);
    return 2;
  }
  startDeadline(Date.now());
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      if (error.exitCode === 0) io.stdout(`${error.message}\n`);
      else io.stderr(`trellis ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof InputLimitError || (error instanceof Error && (error.name === 'FileFormatError' || error.name === 'WorkflowError'))) {
      io.stderr(`trellis ${name}: ${error.message}\n`);
      return 1;
    }
    io.stderr(`trellis ${name}: ${describeUnexpected(error)}\n`);
    if (debug) io.stderr(`${(error as Error)?.stack ?? String(error)}\n`);
    else io.stderr(`  (${DEBUG_HINT})\n`);
    return 70;
  }
}

/** Runs the command line in this process (the `trellis` bin). */
export function runFromProcess(): void {
  const limitProblems = setLimits(process.env.TRELLIS_LIMITS);
  for (const problem of limitProblems) process.stderr.write(`trellis: warning: ${problem}; the default is used\n`);
  // the run-time limit: loops check it as they go; this catches a command waiting on something that never ends
  setTimeout(() => {
    process.stderr.write(`trellis: stopped after ${limits.seconds} s, the limit of run time (seconds); if the work is genuine, raise it with ${LIMITS_SETTING}="seconds=${limits.seconds * 4}"\n`);
    process.exit(1);
  }, limits.seconds * 1000).unref();
  main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd(), isTTY: process.stderr.isTTY, columns: process.stderr.columns }).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`trellis: ${describeUnexpected(error)}\n`);
      if (process.argv.includes('--debug')) process.stderr.write(`${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 70;
    },
  );
}
