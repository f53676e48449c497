// The ladder bench (run by ingest-ladder-md and ingest-ladder-html): a 1,000-role × 200-competency ladder with prose cells (what each level looks like), published as a Markdown
// pipe table and as an HTML table (about 5 MB each), read to a framework the way `trellis framework` reads it.
import { readLadderDocument } from '../ingest/read-ladder-document';
import { ingestKsaMatrix } from '../../shared/ingest/ksa-matrix';
import { line, median } from './line';

const ROLES = 1_000;
const COMPETENCIES = 200;
const RUNS = 3;

const verbs = ['Explains', 'Designs', 'Reviews', 'Leads', 'Improves', 'Plans'];
const cell = (c: number, r: number) => `${verbs[(c + r) % verbs.length]} area ${c + 1} at ${r + 1}.`;
const titles = Array.from({ length: ROLES }, (_, r) => `Level ${r + 1}`);

function markdown(): string {
  const out = ['# Company ladder', '', `| Competency | ${titles.join(' | ')} |`, `|---|${titles.map(() => '---').join('|')}|`];
  for (let c = 0; c < COMPETENCIES; c++) out.push(`| Competency ${c + 1} | ${titles.map((_, r) => cell(c, r)).join(' | ')} |`);
  return `${out.join('\n')}\n`;
}

function html(): string {
  const rows = [`<tr><th>Competency</th>${titles.map((t) => `<th>${t}</th>`).join('')}</tr>`];
  for (let c = 0; c < COMPETENCIES; c++) rows.push(`<tr><td>Competency ${c + 1}</td>${titles.map((_, r) => `<td>${cell(c, r)}</td>`).join('')}</tr>`);
  return `<html><body><h1>Company ladder</h1><table>\n${rows.join('\n')}\n</table></body></html>`;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
/** Each format in its own process (index.ts runs every bench file alone): one's peak memory never hides in another's. */
export async function benchLadder(which: 'markdown' | 'html'): Promise<void> {
  const [format, ext, make] = which === 'markdown' ? (['markdown', '.md', markdown] as const) : (['html', '.html', html] as const);
  const bytes = Buffer.from(make());
  const times: number[] = [];
  let peak = 0;
  for (let run = 0; run < RUNS; run++) {
    gc();
    const before = process.memoryUsage().rss;
    let top = before;
    const sampler = setInterval(() => (top = Math.max(top, process.memoryUsage().rss)), 5);
    const t = performance.now();
    const { grids } = await readLadderDocument(bytes, ext, `ladder${ext}`);
    const result = ingestKsaMatrix(grids);
    times.push(performance.now() - t);
    clearInterval(sampler);
    top = Math.max(top, process.memoryUsage().rss);
    peak = Math.max(peak, top - before);
    if (result.framework?.roles.length !== ROLES || result.framework.competencies.length !== COMPETENCIES) throw new Error(`${format}: read ${result.framework?.roles.length} roles, ${result.framework?.competencies.length} competencies`);
    if (result.framework.competencies[0]!.descriptors.length !== ROLES) throw new Error(`${format}: descriptors lost`);
  }
  const extra = { bytes: bytes.length, roles: ROLES, competencies: COMPETENCIES, runs: RUNS };
  console.log(JSON.stringify(line(`ladder ${format} ${ROLES}×${COMPETENCIES} prose cells to framework`, median(times), 'ms', '< 2000', extra)));
  // rss sampled every 5 ms while reading, above what the process held before: the reader's own peak
  console.log(JSON.stringify(line(`ladder ${format} peak memory / file size`, peak / bytes.length, 'x', '< 10', { ...extra, peakMb: Math.round(peak / 1e6) })));
}
