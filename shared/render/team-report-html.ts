// The team and HR report as one offline HTML page: who is ready for which role and when, which skills the team
// lacks, which roles have nobody coming up, which plans have stalled and what is due. Charts are inline SVG,
// each followed by the same data as a table; the CSV files beside the page hold every row.
import type { TeamReport } from '../team/team-report';
import { heatmapByManager } from '../team/skill-gap-heatmap';
import { PIPELINE_BANDS, PIPELINE_BAND_LABELS, type RolePipeline } from '../team/talent-pipeline';
import { heatmapSvg, type HeatmapSvgCell } from './heatmap-svg';
import { html, percent, type SafeHtml } from './html';
import { REPORT_CSS } from './report';
import { stackedBarsSvg } from './stacked-bars-svg';
import { TEAM_REPORT_FILES, teamReportCsv } from './team-report-csv';

/** Beyond this many people the heatmap shows one row per manager's team. */
export const HEATMAP_PEOPLE_ROWS = 150;
const HEATMAP_MAX_ROWS = 200;
const HEATMAP_MAX_COLUMNS = 40;
const TABLE_MAX_ROWS = 200;
const CHART_MAX_ROLES = 40;

const TEAM_CSS = `
.heat-note{font-size:13px}.risk-nobody{color:#9b2c2c;font-weight:600}.risk-one{color:#975a16;font-weight:600}
.names{font-size:13px;color:#4a5568}details{margin:10px 0}summary{cursor:pointer;color:#0b6e4f}
.files li{margin:2px 0}.problem-error{color:#9b2c2c}.problem-warning{color:#975a16}
@media print{details::details-content{content-visibility:visible;display:block}summary{display:none}.figure svg{max-width:100%;height:auto}}
`;

const PIPELINE_SERIES = [
  { name: PIPELINE_BAND_LABELS['ready-now'], colour: '#0b6e4f', ink: '#fff' },
  { name: PIPELINE_BAND_LABELS['within-6-months'], colour: '#48a67d', ink: '#fff' },
  { name: PIPELINE_BAND_LABELS['within-12-months'], colour: '#a3d9bf' },
  { name: PIPELINE_BAND_LABELS.later, colour: '#e2e8f0' },
];
const READINESS_COLOURS = ['#fde2cf', '#f9c59f', '#c6e6d6', '#79c2a0', '#0b6e4f'];

function capped<T>(rows: readonly T[], file: string, render: (row: T) => SafeHtml): SafeHtml {
  const shown = rows.slice(0, TABLE_MAX_ROWS).map(render);
  return html`${shown}${rows.length > TABLE_MAX_ROWS ? html`<tr><td colspan="12" class="muted">Showing ${TABLE_MAX_ROWS} of ${rows.length}; every row is in <a href="${file}">${file}</a>.</td></tr>` : ''}`;
}

function nameList(entries: readonly { employee: string }[], max = 8): string {
  const names = entries.slice(0, max).map((e) => e.employee).join(', ');
  return entries.length > max ? `${names} and ${entries.length - max} more` : names;
}

function heatmapSection(report: TeamReport): SafeHtml {
  const { heatmap } = report;
  if (!heatmap.rows.length) return html`<p class="muted">No plan could be read against its framework and target role, so there is no heatmap.</p>`;
  const columns = heatmap.columns.slice(0, HEATMAP_MAX_COLUMNS);
  const byTeam = heatmap.rows.length > HEATMAP_PEOPLE_ROWS;
  let rowLabels: string[];
  let cells: HeatmapSvgCell[][];
  if (!byTeam) {
    rowLabels = heatmap.rows.map((r) => `${r.employee} → ${r.target}`);
    cells = heatmap.rows.map((r) =>
      columns.map((col, c) => {
        const cell = r.cells[c];
        if (!cell) return { value: null, label: `${r.employee}: ${col.name} is not required for ${r.target}` };
        const state = cell.status === 'not-assessed' ? 'not assessed yet' : cell.status === 'met' ? 'met' : `${cell.gap} step${cell.gap === 1 ? '' : 's'} to go`;
        return { value: cell.gap, notAssessed: cell.status === 'not-assessed', label: `${r.employee}, ${col.name}: ${cell.current === null ? 'not assessed' : cell.currentName} of ${cell.requiredName} required (${state})` };
      }),
    );
  } else {
    const groups = heatmapByManager(heatmap)
      .map((g) => ({ g, total: g.cells.reduce((s, c) => s + (c ? c.meanGap * c.required : 0), 0) }))
      .sort((a, b) => b.total - a.total)
      .slice(0, HEATMAP_MAX_ROWS)
      .map(({ g }) => g);
    rowLabels = groups.map((g) => `${g.group}'s team (${g.people})`);
    cells = groups.map((g) =>
      columns.map((col, c) => {
        const cell = g.cells[c];
        if (!cell) return { value: null, label: `${g.group}'s team: nobody's target requires ${col.name}` };
        return { value: Math.round(cell.meanGap * 10) / 10, label: `${g.group}'s team, ${col.name}: ${cell.withGap} of ${cell.required} short, ${cell.meanGap.toFixed(1)} steps to go on average` };
      }),
    );
  }
  const hiddenRows = byTeam ? heatmapByManager(heatmap).length - rowLabels.length : 0;
  const worst = columns.slice(0, 3).map((c) => `${c.name} (${c.withGap} of ${c.required} short)`).join('; ');
  const svg = heatmapSvg({
    id: 'heatmap',
    title: byTeam ? 'Skill gaps by team: mean steps still to climb per competency' : 'Skill gaps: steps each person still has to climb per competency',
    description: `${rowLabels.length} ${byTeam ? 'teams' : 'people'} by ${columns.length} competencies, largest team-wide gaps on the left. Largest: ${worst || 'none'}.`,
    rowLabels,
    columnLabels: columns.map((c) => c.name),
    cells,
  });
  return html`<p class="heat-note">${byTeam ? html`${heatmap.rows.length} people: one row per manager's team (mean steps to go over the people whose target needs the competency)${hiddenRows > 0 ? `, the ${rowLabels.length} teams with the largest gaps` : ''}. ` : ''}Columns: the ${columns.length} competencies with the largest team-wide weighted gap${heatmap.columns.length > columns.length ? ` (of ${heatmap.columns.length})` : ''}. Every person and competency is in <a href="${TEAM_REPORT_FILES.heatmap}">${TEAM_REPORT_FILES.heatmap}</a> and <a href="${TEAM_REPORT_FILES.skillGaps}">${TEAM_REPORT_FILES.skillGaps}</a>.</p>
<div class="figure">${svg}</div>
<table><caption class="muted">Team-wide gaps per competency</caption><thead><tr><th>Competency</th><th>Kind</th><th>Needed by</th><th>Short of the level</th><th>Not assessed</th><th>Mean steps to go</th><th>Weighted gap</th></tr></thead><tbody>
${capped(heatmap.columns, TEAM_REPORT_FILES.heatmap, (c) => html`<tr><td>${c.name}</td><td>${c.kind}</td><td>${c.required}</td><td>${c.withGap}</td><td>${c.notAssessed}</td><td>${c.meanGap.toFixed(1)}</td><td>${c.totalWeightedGap}</td></tr>`)}
</tbody></table>
<details><summary>The heatmap as a table</summary><table><thead><tr><th>${byTeam ? 'Team' : 'Person → target'}</th>${columns.map((c) => html`<th>${c.name}</th>`)}</tr></thead><tbody>
${rowLabels.map((label, r) => html`<tr><th scope="row">${label}</th>${cells[r]!.map((cell) => html`<td>${cell.value === null ? '—' : cell.notAssessed ? `${cell.value} (not assessed)` : cell.value}</td>`)}</tr>`)}
</tbody></table></details>`;
}

function readinessSection(report: TeamReport): SafeHtml {
  if (!report.readiness.length) return html`<p class="muted">No target roles to show.</p>`;
  const shown = report.readiness.slice(0, CHART_MAX_ROLES);
  const bands = shown[0]!.buckets.map((b) => `${percent(b.from)}–${percent(b.to)}`);
  const svg = stackedBarsSvg({
    id: 'readiness',
    title: 'Readiness of the people aiming at each role',
    description: shown.map((d) => `${d.roleTitle}: ${d.people} people, median readiness ${percent(d.median)}`).join('; '),
    unit: 'people',
    series: bands.map((name, i) => ({ name: `${name} ready`, colour: READINESS_COLOURS[i % READINESS_COLOURS.length]!, ink: i === bands.length - 1 ? '#fff' : undefined })),
    rows: shown.map((d) => ({ label: d.roleTitle, values: d.buckets.map((b) => b.count) })),
  });
  return html`<div class="figure">${svg}</div>
<table><thead><tr><th>Target role</th><th>Track</th><th>People</th><th>Median</th>${bands.map((b) => html`<th>${b}</th>`)}</tr></thead><tbody>
${capped(report.readiness, TEAM_REPORT_FILES.readiness, (d) => html`<tr><td>${d.roleTitle}</td><td>${d.track}</td><td>${d.people}</td><td>${percent(d.median)}</td>${d.buckets.map((b) => html`<td title="${nameList(b.people.map((employee) => ({ employee })), 20)}">${b.count}</td>`)}</tr>`)}
</tbody></table>`;
}

function pipelineSection(report: TeamReport): SafeHtml {
  const heading = report.pipeline.filter((p) => p.inPipeline + p.bands.later.length + p.drafts.length > 0);
  const drafts = new Set(report.pipeline.flatMap((p) => p.drafts.map((d) => d.planId))).size;
  const note = html`<p class="muted">The pipeline counts plans leadership approved (approved, active, achieved). ${drafts ? `${drafts} plan${drafts === 1 ? '' : 's'} not yet approved ${drafts === 1 ? 'is' : 'are'} shown apart as drafts: a wish, not a commitment.` : 'No draft plans.'}</p>`;
  if (!heading.length) return html`${note}<p class="muted">Nobody's plan leads to a role yet.</p>`;
  const shown = [...heading].sort((a, b) => b.inPipeline - a.inPipeline || a.title.localeCompare(b.title)).slice(0, CHART_MAX_ROLES);
  const svg = stackedBarsSvg({
    id: 'pipeline',
    title: 'Talent pipeline: who could step into each role, and when',
    description: shown.map((p) => `${p.title}: ${PIPELINE_BANDS.map((b) => `${p.bands[b].length} ${PIPELINE_BAND_LABELS[b].toLowerCase()}`).join(', ')}`).join('; '),
    unit: 'people',
    series: PIPELINE_SERIES,
    rows: shown.map((p) => ({ label: p.title, values: PIPELINE_BANDS.map((b) => p.bands[b].length) })),
  });
  const row = (p: RolePipeline) => html`<tr><td>${p.title}<div class="muted">${p.track}</div></td>${PIPELINE_BANDS.map((b) => html`<td><b>${p.bands[b].length}</b> <span class="names">${nameList(p.bands[b])}</span></td>`)}<td class="muted"><b>${p.drafts.length}</b> <span class="names">${nameList(p.drafts)}</span></td></tr>`;
  return html`${note}<div class="figure">${svg}</div>
<table><thead><tr><th>Role</th>${PIPELINE_BANDS.map((b) => html`<th>${PIPELINE_BAND_LABELS[b]}</th>`)}<th>Drafts (not approved yet)</th></tr></thead><tbody>
${capped(shown, TEAM_REPORT_FILES.pipeline, row)}
</tbody></table>`;
}

export function teamReportHtml(report: TeamReport): string {
  const o = report.options;
  const stages = Object.entries(report.byStage).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const csvNames = Object.entries(TEAM_REPORT_FILES).filter(([k]) => k !== 'html');
  const body = html`<main>
<header><h1>Team career report</h1>
<p class="sub">For ${o.today} · ${report.plans} plan${report.plans === 1 ? '' : 's'} · frameworks: ${report.frameworks || 'none found'}</p></header>
<section class="cards" aria-label="Summary">
<div class="card"><span class="muted">Plans</span><b>${report.plans}</b><span class="muted">${report.analysed} read against their target role</span></div>
<div class="card"><span class="muted">Roles at risk</span><b>${report.atRisk.length}</b><span class="muted">${report.atRisk.filter((r) => r.risk === 'nobody').length} with nobody</span></div>
<div class="card"><span class="muted">Stale plans</span><b>${report.stale.length}</b><span class="muted">no movement in ${o.staleAfterDays} days</span></div>
<div class="card"><span class="muted">Actions due</span><b>${report.actionsDue.length}</b><span class="muted">${report.actionsDue.filter((a) => a.overdue).length} overdue</span></div>
</section>
${stages.length ? html`<p>By stage: ${stages.map(([s, n], i) => html`${i ? ' · ' : ''}${s} <b>${n}</b>`)}</p>` : ''}
${report.problems.length ? html`<h2 id="problems">Files skipped or read with a caveat (${report.problems.length})</h2>
<p class="${errors ? 'problem-error' : 'muted'}">${errors ? `${errors} file(s) could not be counted in every section: ` : ''}each line says which file and what to do. Also in <a href="${TEAM_REPORT_FILES.problems}">${TEAM_REPORT_FILES.problems}</a>.</p>
<table><thead><tr><th>File</th><th>Severity</th><th>Problem</th></tr></thead><tbody>
${capped(report.problems, TEAM_REPORT_FILES.problems, (p) => html`<tr class="problem-${p.severity}"><td>${p.file}</td><td>${p.severity}</td><td>${p.message}</td></tr>`)}
</tbody></table>` : ''}
<h2 id="at-risk">Roles at risk</h2>
<p class="muted">Roles someone could move into, with nobody or only one person ready now or within 12 months. Roles nobody moves into (filled by hiring) are left out.</p>
${report.atRisk.length ? html`<table><thead><tr><th>Role</th><th>Track</th><th>Risk</th><th>Why</th></tr></thead><tbody>
${capped(report.atRisk, TEAM_REPORT_FILES.atRisk, (r) => html`<tr><td>${r.pipeline.title}</td><td>${r.pipeline.track}</td><td class="risk-${r.risk}">${r.risk === 'nobody' ? 'nobody' : 'one person'}</td><td>${r.reason}</td></tr>`)}
</tbody></table>` : html`<p>Every role someone can move into has at least two people in its pipeline.</p>`}
<h2 id="pipeline">Talent pipeline</h2>
<p class="muted">Ready now: readiness of ${percent(o.readyAt)} or more. Otherwise, when the open milestones the role needs fall due (moved out by as much as the plan already runs late). People count for every role on their route, not only their target.</p>
${pipelineSection(report)}
<h2 id="readiness">Readiness per target role</h2>
${readinessSection(report)}
<h2 id="heatmap">Skill gaps across the team</h2>
${heatmapSection(report)}
<h2 id="stale">Stale plans</h2>
<p class="muted">No one-on-one check-in and no milestone movement for more than ${o.staleAfterDays} days.</p>
${report.stale.length ? html`<table><thead><tr><th>Employee</th><th>Manager</th><th>Stage</th><th>Last movement</th><th>Days</th></tr></thead><tbody>
${capped(report.stale, TEAM_REPORT_FILES.stale, (s) => html`<tr><td>${s.employee}</td><td>${s.manager}</td><td>${s.stage}</td><td>${s.lastMovement} <span class="muted">${s.lastMovementWhat}</span></td><td>${s.daysSince}</td></tr>`)}
</tbody></table>` : html`<p>No stale plans.</p>`}
<h2 id="actions">Development actions due</h2>
<p class="muted">Open actions due by ${o.actionsWithinDays} days from ${o.today}, overdue ones first.</p>
${report.actionsDue.length ? html`<table><thead><tr><th>Due</th><th>Employee</th><th>Manager</th><th>Action</th></tr></thead><tbody>
${capped(report.actionsDue, TEAM_REPORT_FILES.actionsDue, (a) => html`<tr><td>${a.due}${a.overdue ? html` <span class="warn">(${-a.daysUntil} days late)</span>` : ''}</td><td>${a.employee}</td><td>${a.manager}</td><td><strong>${a.action.type.replace(/-/g, ' ')}:</strong> ${a.action.title}</td></tr>`)}
</tbody></table>` : html`<p>Nothing due.</p>`}
<h2 id="files">Data files</h2>
<ul class="files">${csvNames.map(([, name]) => html`<li><a href="${name}">${name}</a></li>`)}</ul>
<p class="muted">Generated by Trellis from the plan files; no data left this computer.</p>
</main>`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Team career report ${html`${o.today}`}</title><style>${REPORT_CSS}${TEAM_CSS}</style></head><body>${body}</body></html>\n`;
}

/** Every file of the report (the page and its CSVs), by name: the CLI writes them into the output folder. */
export function teamReportFiles(report: TeamReport): Record<string, string> {
  return { [TEAM_REPORT_FILES.html]: teamReportHtml(report), ...teamReportCsv(report) };
}
