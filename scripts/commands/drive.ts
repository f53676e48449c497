// `trellis drive …`: sign in to Google, pull and push plan and framework files between a Drive folder and a local
// folder, and import a KSA matrix straight from Google Sheets.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { driveIdFrom } from '../../shared/storage/drive-files';
import { parse, required } from '../cli/args';
import { CliError, type CliIO, type Command } from '../cli/io';
import { AuthError, authorize, configDir, DRIVE_FILE_SCOPE, login, logout, readClientConfig, SHEETS_READONLY_SCOPE, type AuthMode } from '../drive/auth';
import { DriveClient } from '../drive/drive-client';
import { openInBrowser } from '../drive/open-browser';
import { pull } from '../drive/pull';
import { push } from '../drive/push';
import { GoogleApiError } from '../drive/retry';
import { countOutcomes, type SyncReport } from '../drive/sync-report';

const AUTH_USAGE = '[--adc | --service-account KEY.json [--subject user@domain]]';
const USAGE = [
  'trellis drive login [--client client_secret.json] [--sheets] [--no-browser]',
  'trellis drive logout',
  `trellis drive pull <folder-id|url> --out DIR [--concurrency 8] ${AUTH_USAGE}`,
  `trellis drive push <DIR> --folder <folder-id|url> [--share] [--concurrency 8] ${AUTH_USAGE}`,
  `trellis drive import-sheet <spreadsheet-id|url> --out framework.json [--previous F.json] [--id ID] [--name NAME] [--json] [--force] ${AUTH_USAGE}`,
].join('\n       ');

const AUTH_OPTIONS = {
  adc: { type: 'boolean' },
  'service-account': { type: 'string' },
  subject: { type: 'string' },
  /** Another API root for every call (a proxy, or a local test server). */
  'api-root': { type: 'string' },
} as const;

const SYNC_OPTIONS = { ...AUTH_OPTIONS, concurrency: { type: 'string' } } as const;

function authMode(values: { adc?: boolean; 'service-account'?: string; subject?: string }, io: CliIO): AuthMode {
  if (values.adc && values['service-account']) throw new CliError('choose one of --adc and --service-account', 2);
  if (values.adc) return { kind: 'adc' };
  if (values['service-account']) return { kind: 'service-account', keyFile: resolve(io.cwd, values['service-account']), subject: values.subject };
  return { kind: 'user', configDir: configDir() };
}

function idFrom(text: string | undefined, what: string): string {
  const id = text && driveIdFrom(text);
  if (!id) throw new CliError(`${text ? `"${text}" is not` : 'give'} a ${what} id or link\n\nusage: ${USAGE}`, 2);
  return id;
}

function concurrencyOf(text: string | undefined): number {
  if (text === undefined) return 8;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new CliError(`--concurrency "${text}": give a whole number from 1 to 32`, 2);
  return n;
}

/** Ctrl-C stops a sync cleanly (files in flight finish or are dropped, the journal is kept); a second one quits. */
async function interruptible<T>(io: CliIO, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const hardStop = () => process.exit(130);
  const onSigint = () => {
    io.stderr('\nstopping… run the same command again to resume (Ctrl-C again to quit at once)\n');
    controller.abort();
    process.once('SIGINT', hardStop);
  };
  process.once('SIGINT', onSigint);
  try {
    return await run(controller.signal);
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGINT', hardStop);
  }
}

async function client(io: CliIO, values: { adc?: boolean; 'service-account'?: string; subject?: string; 'api-root'?: string }, scopes: string[], signal?: AbortSignal): Promise<DriveClient> {
  const auth = await authorize(authMode(values, io), scopes);
  const root = values['api-root'];
  return new DriveClient({ auth, rootUrl: root, sheetsRootUrl: root, signal });
}

function summary(io: CliIO, verb: string, report: SyncReport): number {
  const counts = countOutcomes(report);
  const total = report.outcomes.size;
  const parts = Object.entries(counts).map(([k, n]) => `${n} ${k.replace('-', ' ')}`);
  io.stdout(`${verb} ${total} file${total === 1 ? '' : 's'}${parts.length ? `: ${parts.join(', ')}` : ''}${report.shared ? `; shared with ${report.shared} more people` : ''}\n`);
  for (const w of report.warnings) io.stderr(`warning: ${w}\n`);
  for (const n of report.notes) io.stdout(`  ${n}\n`);
  if (report.unseen.length) {
    const n = report.unseen.length;
    io.stdout(`${n} file${n === 1 ? '' : 's'} synced before ${n === 1 ? 'is' : 'are'} not in the folder as this account sees it now; your copies are kept (remove one here if it was removed on purpose):\n`);
    for (const u of report.unseen) io.stdout(`  ${u.name}: ${u.why}\n`);
  }
  if (report.conflicts.length) {
    io.stdout(`${report.conflicts.length} conflict${report.conflicts.length === 1 ? '' : 's'}: both copies kept, nothing overwritten. Merge each pair by hand (or redo your change on the other copy), remove the conflict file, then push:\n`);
    for (const c of report.conflicts) io.stdout(`  ${c.name}: ${c.why}; the other copy is ${c.keptAs}\n`);
  }
  if (report.interrupted) {
    io.stderr('interrupted: what finished is recorded in .trellis-sync.jsonl; run the same command again to resume\n');
    return 130;
  }
  // anything left unsynced (a conflict, a newer copy on Drive, an unreadable file, one out of sight) needs the person: exit 1
  return report.conflicts.length || counts['remote-newer'] || counts.skipped || report.unseen.length ? 1 : 0;
}

const subcommands: Record<string, Command> = {
  async login(args, io) {
    const { values } = parse(args, { client: { type: 'string' }, sheets: { type: 'boolean' }, 'no-browser': { type: 'boolean' } }, USAGE);
    const dir = configDir();
    const clientFile = values.client ?? process.env.TRELLIS_OAUTH_CLIENT;
    if (!clientFile) throw new CliError('give the OAuth client file: --client client_secret.json (a "Desktop app" OAuth client from the Google Cloud console; see docs/team-and-drive.md)', 2);
    const path = resolve(io.cwd, clientFile);
    const text = await readFile(path, 'utf8').catch(() => {
      throw new CliError(`${clientFile}: no such file`);
    });
    const scopes = [DRIVE_FILE_SCOPE, ...(values.sheets ? [SHEETS_READONLY_SCOPE] : [])];
    const token = await login({
      client: readClientConfig(text, clientFile),
      scopes,
      configDir: dir,
      showUrl: async (url) => {
        io.stderr(`Sign in to Google in your browser (Trellis asks for: ${scopes.map((s) => s.replace('https://www.googleapis.com/auth/', '')).join(', ')}):\n\n  ${url}\n\nWaiting for the browser…\n`);
        if (!values['no-browser'] && io.isTTY) openInBrowser(url);
      },
    });
    io.stdout(`Signed in. The token is saved in ${dir} (readable by you only); granted: ${token.scope}\n`);
    return 0;
  },

  async logout(_args, io) {
    io.stdout((await logout(configDir())) ? 'Signed out: the saved token was removed.\n' : 'Not signed in.\n');
    return 0;
  },

  async pull(args, io) {
    const { values, positionals } = parse(args, { ...SYNC_OPTIONS, out: { type: 'string' } }, USAGE);
    const folderId = idFrom(positionals[0], 'Drive folder');
    const out = resolve(io.cwd, required(values.out, '--out', USAGE));
    const concurrency = concurrencyOf(values.concurrency);
    const progress = { write: io.stderr, isTTY: !!io.isTTY, columns: io.columns };
    return interruptible(io, async (signal) => {
      const drive = await client(io, values, [DRIVE_FILE_SCOPE], signal);
      const report = await pull(drive, folderId, out, { concurrency, signal, progress });
      return summary(io, `Pulled into ${out}:`, report);
    });
  },

  async push(args, io) {
    const { values, positionals } = parse(args, { ...SYNC_OPTIONS, folder: { type: 'string' }, share: { type: 'boolean' } }, USAGE);
    if (positionals.length !== 1) throw new CliError(`give the local folder to push\n\nusage: ${USAGE}`, 2);
    const dir = resolve(io.cwd, positionals[0]!);
    const folderId = idFrom(values.folder, 'Drive folder');
    const concurrency = concurrencyOf(values.concurrency);
    const progress = { write: io.stderr, isTTY: !!io.isTTY, columns: io.columns };
    return interruptible(io, async (signal) => {
      const drive = await client(io, values, [DRIVE_FILE_SCOPE], signal);
      const report = await push(drive, dir, folderId, { concurrency, signal, progress, share: values.share });
      return summary(io, `Pushed to Drive folder ${folderId}:`, report);
    });
  },

  async 'import-sheet'(args, io) {
    const { values, positionals } = parse(args, { ...AUTH_OPTIONS, out: { type: 'string' }, previous: { type: 'string' }, id: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean' }, force: { type: 'boolean' } }, USAGE);
    const spreadsheetId = idFrom(positionals[0], 'spreadsheet');
    const out = resolve(io.cwd, required(values.out, '--out', USAGE));
    const drive = await client(io, values, [SHEETS_READONLY_SCOPE]);
    const { importSheet } = await import('../drive/import-sheet');
    return importSheet(drive, spreadsheetId, out, { previous: values.previous && resolve(io.cwd, values.previous), id: values.id, name: values.name, json: values.json, force: values.force }, io);
  },
};

export const drive: Command = async (args, io) => {
  const [name, ...rest] = args;
  const sub = name ? subcommands[name] : undefined;
  if (!sub) {
    if (name === '--help' || name === '-h') throw new CliError(`usage: ${USAGE}`, 0);
    throw new CliError(`${name ? `unknown drive command "${name}"` : 'which drive command?'}\n\nusage: ${USAGE}`, 2);
  }
  try {
    return await sub(rest, io);
  } catch (error) {
    if (error instanceof AuthError || error instanceof GoogleApiError) throw new CliError(error.message);
    throw error;
  }
};
