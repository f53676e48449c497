// `trellis gap`: how far a person is from a target role, by which route, and what to work on first.
import { gapAnalysis, type GapItem } from '../../shared/gap/gap';
import { personLevels } from '../../shared/gap/levels';
import { findRoutes, RouteError, suggestNextRoles } from '../../shared/lattice/routes';
import { indexFramework } from '../../shared/model/framework';
import { percent } from '../../shared/render/html';
import { dayOption, parse, required } from '../cli/args';
import { loadAssessment, loadFramework, roleNamed, todayIso } from '../cli/inputs';
import { CliError, type Command } from '../cli/io';

const USAGE = 'trellis gap --framework F [--framework TRANSITIONS.csv] --assessment A.csv --current "Role title" --target "Role title" [--json]';

const itemJson = (i: GapItem) => ({
  competency: i.competency,
  kind: i.kind,
  current: i.current,
  currentName: i.currentName,
  required: i.required,
  requiredName: i.requiredName,
  gap: i.gap,
  importance: i.importance,
  weightedGap: i.weightedGap,
  status: i.status,
  disagreement: i.disagreement,
  ...(i.requiredLooksLike ? { requiredLooksLike: i.requiredLooksLike } : {}),
});

/** "promotion", "2 promotions", "via promotion, then lateral": each kind of move, so a lateral move is never called a promotion. */
function movesInWords(types: string[]): string {
  const runs: { type: string; count: number }[] = [];
  for (const type of types) {
    const last = runs[runs.length - 1];
    if (last?.type === type) last.count++;
    else runs.push({ type, count: 1 });
  }
  const words = runs.map((r) => (r.count === 1 ? r.type : `${r.count} ${r.type === 'exploratory' ? 'exploratory moves' : `${r.type}s`}`));
  return words.length === 1 ? words[0]! : `via ${words.join(', then ')}`;
}

export const gap: Command = async (args, io) => {
  const { values } = parse(args, { framework: { type: 'string', multiple: true }, assessment: { type: 'string' }, current: { type: 'string' }, target: { type: 'string' }, json: { type: 'boolean' }, today: { type: 'string' } }, USAGE);
  // every missing option is a usage error before any file is read
  const files = required(values.framework, '--framework', USAGE);
  const assessmentFile = required(values.assessment, '--assessment', USAGE);
  const currentTitle = required(values.current, '--current', USAGE);
  const targetTitle = required(values.target, '--target', USAGE);
  const framework = await loadFramework(io, files);
  const current = roleNamed(framework, currentTitle, '--current');
  const target = roleNamed(framework, targetTitle, '--target');
  const assertions = await loadAssessment(io, assessmentFile, framework, dayOption(values.today, '--today', todayIso));
  const { levels, detail } = personLevels(framework, assertions);
  let routes;
  try {
    routes = findRoutes(framework, levels, current.id, target.id);
  } catch (error) {
    if (error instanceof RouteError) throw new CliError(error.message);
    throw error;
  }
  const index = indexFramework(framework);
  const title = (id: string) => index.roleById.get(id)!.title;
  const analysis = gapAnalysis(framework, target, levels, detail);
  const suggestions = suggestNextRoles(framework, levels, current.id, { limit: 5 });
  if (values.json) {
    io.stdout(
      `${JSON.stringify(
        {
          path: routes.best.roleIds.map(title),
          route: routes.best.steps.map((s) => ({ from: title(s.from), to: title(s.to), type: s.type })),
          alternatives: routes.alternatives.map((r) => ({ path: r.roleIds.map(title), types: r.steps.map((s) => s.type), cost: r.cost })),
          readiness: Math.round(analysis.readiness * 1000) / 1000,
          gaps: analysis.gaps.map(itemJson),
          strengths: analysis.strengths.map(itemJson),
          notAssessed: analysis.notAssessed.map((i) => i.competency),
          disagreements: analysis.disagreements.map((i) => i.competency),
          nextRoles: suggestions.map((s) => ({ title: s.title, track: s.track, readiness: Math.round(s.readiness * 1000) / 1000, moves: s.moves, via: s.via, moveTypes: s.moveTypes })),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const out: string[] = [];
  out.push(`${current.title} → ${target.title}: readiness ${percent(analysis.readiness)}`);
  out.push(`Route: ${routes.best.roleIds.map(title).join(' → ')}`);
  for (const alt of routes.alternatives) out.push(`  or:  ${alt.roleIds.map(title).join(' → ')} (${alt.steps.map((s) => s.type).join(', ')})`);
  out.push('', 'Gaps (largest first):');
  for (const g of analysis.gaps) {
    out.push(`  ${g.competency.padEnd(34)} ${g.currentName.padEnd(18)} → ${g.requiredName.padEnd(18)} ${g.status === 'not-assessed' ? 'not assessed' : `${g.gap} step(s)`}${g.disagreement ? '  ⚑ self/manager disagree' : ''}`);
    // what the required level looks like, in the ladder's words
    if (g.requiredLooksLike) out.push(`      ${g.requiredName}: ${g.requiredLooksLike.replace(/\s*\n\s*/g, '; ')}`);
  }
  if (!analysis.gaps.length) out.push('  none: every requirement is met');
  out.push('', `Strengths: ${analysis.strengths.map((s) => s.competency).join(', ') || 'none yet'}`);
  out.push('', 'Roles to consider next:');
  for (const s of suggestions) out.push(`  ${s.title} (${s.track}, ${movesInWords(s.moveTypes)}): ${percent(s.readiness)} ready`);
  io.stdout(`${out.join('\n')}\n`);
  return 0;
};
