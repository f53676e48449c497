import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PlanSchema, type Plan } from '../model/plan';
import { gapAnalysis } from '../gap/gap';
import { personLevels } from '../gap/levels';
import { testFramework } from '../test/fixtures';
import { teamPlan, testFrameworkV2 } from '../test/team-fixtures';
import { FrameworkCatalog } from './framework-catalog';
import { planFrameworkId } from '../model/framework';
import { assembleTeam, type PlanEntry } from './team';
import { heatmapByManager, skillGapHeatmap } from './skill-gap-heatmap';
import { readinessDistribution } from './readiness-distribution';
import { milestonesFor, projectedReadyDate, talentPipeline } from './talent-pipeline';
import { rolesAtRisk } from './roles-at-risk';
import { lastMovement, stalePlans } from './stale-plans';
import { developmentActionsDue } from './actions-due';
import { teamReport } from './team-report';

const TODAY = '2026-03-01';
const GOOD = { code: 4, design: 3, domain: 3, comms: 3, mentor: 2 };
const catalogOf = (...fws: ReturnType<typeof testFramework>[]) => {
  const c = new FrameworkCatalog();
  for (const f of fws) c.add(f, `${f.id}.v${f.version}.framework.json`);
  return c;
};
const entry = (plan: Plan, file = `${plan.id}.plan.json`): PlanEntry => ({ plan, file });

describe('framework catalog', () => {
  it('reads a plan against its own version, else the nearest newer one, else the newest older one, and says so', () => {
    const v1 = testFramework();
    const v2 = testFrameworkV2();
    const both = catalogOf(v1, v2);
    expect(both.forPlan({ id: 'eng', version: 1, name: '' })).toEqual({ framework: v1 });
    expect(both.forPlan({ id: 'eng', version: 2, name: '' })).toEqual({ framework: v2 });
    const onlyV2 = catalogOf(v2);
    expect(onlyV2.forPlan({ id: 'eng', version: 1, name: '' })?.framework).toBe(v2);
    expect(onlyV2.forPlan({ id: 'eng', version: 1, name: '' })?.note).toMatch(/made against eng v1.*read against v2/);
    expect(catalogOf(v1).forPlan({ id: 'eng', version: 7, name: '' })?.framework).toBe(v1);
    expect(both.forPlan({ id: 'sales', version: 1, name: '' })).toBeUndefined();
    expect(both.latest()).toEqual([v2]);
    expect(both.add(testFramework(), 'copy.json')).toMatch(/copy\.json: eng v1 is already read from eng\.v1\.framework\.json/);
  });
});

describe('assembling a team', () => {
  it('counts a plan id once at its highest revision, and keeps plans whose framework is missing for the dated views', () => {
    const alex = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    const newer = PlanSchema.parse({ ...alex, revision: 5 });
    const lost = PlanSchema.parse({ ...teamPlan({ employee: 'Sam', current: 'eng1', target: 'eng2' }), framework: { id: 'sales', version: 3, name: 'Sales' } });
    const team = assembleTeam([entry(alex, 'a/alex.plan.json'), entry(newer, 'b/alex.plan.json'), entry(lost, 'sam.plan.json')], catalogOf(testFramework()));
    expect(team.members.map((m) => [m.plan.id, m.plan.revision])).toEqual([['alex-senior', 5], ['sam-eng2', 1]]);
    expect(team.problems).toEqual([
      { file: 'a/alex.plan.json', severity: 'warning', message: expect.stringContaining('also in b/alex.plan.json (revision 5)') },
      { file: 'sam.plan.json', severity: 'error', message: expect.stringMatching(/framework "sales" v3 not found.*sales\.v3\.framework\.json/) },
    ]);
    expect(team.members[1]!.analysis).toBeUndefined();
  });

  it('keeps a plan whose target role left the framework, with a warning naming the role', () => {
    const plan = PlanSchema.parse({ ...teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' }), targetRoleId: 'architect' });
    const team = assembleTeam([entry(plan)], catalogOf(testFramework()));
    expect(team.members[0]!.analysis).toBeUndefined();
    expect(team.problems[0]!.message).toContain('target role "architect" is not in eng v1');
  });
});

describe('skill-gap heatmap', () => {
  it('has one cell per person and required competency, equal to the gap analysis, biggest team-wide gaps first', () => {
    const fw = testFramework();
    const plans = [
      teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior', levels: { code: 3, design: 2, domain: 3, comms: 3 } }),
      teamPlan({ employee: 'Bea', current: 'eng2', target: 'senior', levels: { code: 4, design: 3, domain: 3, comms: 3, mentor: 1 } }),
      teamPlan({ employee: 'Cy', manager: 'Morgan Chen', current: 'senior', target: 'em', levels: { comms: 2, mentor: 2, design: 3, domain: 3 } }),
    ];
    const heatmap = skillGapHeatmap(assembleTeam(plans.map((p) => entry(p)), catalogOf(fw)));
    expect(heatmap.rows.map((r) => r.employee)).toEqual(['Alex', 'Bea', 'Cy']);
    const totals = heatmap.columns.map((c) => c.totalWeightedGap);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    for (const [i, plan] of plans.entries()) {
      const analysis = gapAnalysis(fw, fw.roles.find((r) => r.id === plan.targetRoleId)!, personLevels(fw, plan.assessment).levels);
      const row = heatmap.rows[i]!;
      heatmap.columns.forEach((col, c) => {
        const item = analysis.items.find((it) => it.competencyId === col.competencyId);
        if (!item) expect(row.cells[c]).toBeNull();
        else expect(row.cells[c]).toMatchObject({ gap: item.gap, status: item.status, required: item.required });
      });
    }
    const mentor = heatmap.columns.find((c) => c.competencyId === 'mentor')!;
    // Alex has never been assessed on mentoring: a gap, flagged as not assessed, not a silent zero
    expect(mentor).toMatchObject({ required: 3, withGap: 3, notAssessed: 1 });
    const groups = heatmapByManager(heatmap);
    expect(groups.map((g) => [g.group, g.people])).toEqual([['Dana Lee', 2], ['Morgan Chen', 1]]);
    const code = heatmap.columns.findIndex((c) => c.competencyId === 'code');
    expect(groups[0]!.cells[code]).toEqual({ meanGap: 0.5, withGap: 1, required: 2 });
    expect(groups[1]!.cells[code]).toBeNull();
  });

  it('reads each plan against the framework version it was made with', () => {
    const v1plan = teamPlan({ employee: 'Old', current: 'eng2', target: 'senior', levels: GOOD });
    const v2plan = teamPlan({ employee: 'New', current: 'eng2', target: 'senior', levels: GOOD, framework: testFrameworkV2() });
    const heatmap = skillGapHeatmap(assembleTeam([entry(v1plan), entry(v2plan)], catalogOf(testFramework(), testFrameworkV2())));
    const design = heatmap.columns.findIndex((c) => c.competencyId === 'design');
    const product = heatmap.columns.findIndex((c) => c.competencyId === 'product');
    const [newRow, oldRow] = heatmap.rows;
    expect(oldRow!.cells[design]).toMatchObject({ required: 3, gap: 0, status: 'met' });
    expect(oldRow!.cells[product]).toBeNull();
    expect(newRow!.cells[design]).toMatchObject({ required: 4, gap: 1, status: 'gap' });
    expect(newRow!.cells[product]).toMatchObject({ status: 'not-assessed' });
  });
});

describe('readiness distribution', () => {
  it('puts every person aiming at a role in exactly one band, full readiness in the top band', () => {
    const plans = [
      teamPlan({ employee: 'A', current: 'eng2', target: 'senior', levels: GOOD }),
      teamPlan({ employee: 'B', current: 'eng2', target: 'senior', levels: { code: 3 } }),
      teamPlan({ employee: 'C', current: 'eng2', target: 'senior' }),
      teamPlan({ employee: 'D', current: 'senior', target: 'staff', levels: GOOD }),
    ];
    const [senior, staff] = readinessDistribution(assembleTeam(plans.map((p) => entry(p)), catalogOf(testFramework())));
    expect(senior).toMatchObject({ roleTitle: 'Senior Engineer', people: 3 });
    expect(senior!.buckets.map((b) => b.count)).toEqual([1, 1, 0, 0, 1]);
    expect(senior!.buckets[4]!.people).toEqual(['A']);
    expect(senior!.buckets[0]!.people).toEqual(['C']);
    expect(staff).toMatchObject({ roleTitle: 'Staff Engineer', people: 1 });
    expect(senior!.median).toBeCloseTo(senior!.buckets[1]!.from + 0.1, 0);
  });
});

describe('talent pipeline', () => {
  it('bands people by readiness and by when the milestones their next role needs fall due, late milestones pushing the date out', () => {
    const fw = testFramework();
    const ready = teamPlan({ employee: 'Ready', current: 'eng2', target: 'senior', levels: GOOD });
    // drafted 2026-01-05 over 12 months: the senior milestones end in August, the staff ones in January
    const onTrack = teamPlan({ employee: 'OnTrack', current: 'eng2', target: 'staff', levels: { code: 3, design: 2, domain: 2, comms: 2 } });
    const slow = teamPlan({ employee: 'Slow', current: 'eng2', target: 'senior', levels: { code: 3, design: 2, domain: 2, comms: 2 }, horizonMonths: 10 });
    const undated = PlanSchema.parse({ ...teamPlan({ employee: 'Undated', current: 'eng2', target: 'senior' }), milestones: [] });
    const done = teamPlan({ employee: 'Done', current: 'eng2', target: 'senior', stage: 'achieved' });
    const pipeline = talentPipeline(assembleTeam([ready, onTrack, slow, undated, done].map((p) => entry(p)), catalogOf(fw)), { today: TODAY });
    const senior = pipeline.find((p) => p.roleId === 'senior')!;
    const names = (band: keyof typeof senior.bands) => senior.bands[band].map((e) => e.employee);
    expect(names('ready-now')).toEqual(['Ready']);
    expect(names('within-6-months')).toEqual(['OnTrack']);
    expect(names('within-12-months')).toEqual(['Slow']);
    expect(names('later')).toEqual(['Undated']);
    expect(senior.inPipeline).toBe(3);
    const onTheWay = senior.bands['within-6-months'][0]!;
    expect(onTheWay.onTheWayTo).toBe('Staff Engineer');
    // the design milestone due 2026-02-05 is 24 days late on 2026-03-01: the August date moves out as much
    expect(onTheWay.projected).toBe('2026-08-29');
    const staff = pipeline.find((p) => p.roleId === 'staff')!;
    expect(staff.bands['within-12-months'].map((e) => [e.employee, e.projected])).toEqual([['OnTrack', '2027-01-29']]);
    // roles are listed even when nobody is heading there; the entry role is filled by hiring
    expect(pipeline.find((p) => p.roleId === 'eng1')).toMatchObject({ entryRole: true, inPipeline: 0 });
    expect(pipeline.find((p) => p.roleId === 'pm')).toMatchObject({ entryRole: false, inPipeline: 0 });
  });

  it('projects the date from the milestones a role needs: competency steps up to its level and its own goals', () => {
    const plan = teamPlan({ employee: 'OnTrack', current: 'eng2', target: 'staff', levels: { code: 3, design: 2, domain: 2, comms: 2 } });
    const fw = testFramework();
    const senior = fw.roles.find((r) => r.id === 'senior')!;
    const forSenior = milestonesFor(plan, senior).map((m) => m.id);
    expect(forSenior).toEqual(['m-design-3', 'm-mentor-1', 'm-comms-3', 'm-domain-3', 'm-code-4', 'm-mentor-2']);
    expect(milestonesFor(plan, fw.roles.find((r) => r.id === 'staff')!).some((m) => m.id === 'g-staff-1')).toBe(true);
    expect(projectedReadyDate([], TODAY)).toBeUndefined();
  });

  it('never projects a date before today and never earlier than the latest open milestone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -400, max: 400 }), { minLength: 1, maxLength: 8 }), (offsets) => {
        const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n)).toISOString().slice(0, 10);
        const ms = offsets.map((n, i) => ({ id: `m${i}`, title: 't', measure: 'm', due: day(n), link: { kind: 'goal' as const, responsibility: 'r' }, status: 'planned' as const, evidence: [] }));
        const projected = projectedReadyDate(ms, TODAY)!;
        expect(projected >= TODAY).toBe(true);
        expect(projected >= day(Math.max(...offsets))).toBe(true);
        if (offsets.every((n) => n >= 0)) expect(projected).toBe(day(Math.max(...offsets)));
      }),
    );
  });
});

describe('roles at risk', () => {
  it('lists roles with nobody or one person in the pipeline, the empty ones first, leaving out roles filled by hiring', () => {
    const plans = [
      teamPlan({ employee: 'A', current: 'eng2', target: 'senior', levels: GOOD }),
      teamPlan({ employee: 'B', current: 'eng2', target: 'senior', levels: GOOD }),
      teamPlan({ employee: 'C', current: 'senior', target: 'em', levels: { comms: 4, mentor: 4, design: 3, domain: 3 } }),
    ];
    const risk = rolesAtRisk(talentPipeline(assembleTeam(plans.map((p) => entry(p)), catalogOf(testFramework())), { today: TODAY }));
    expect(risk.map((r) => [r.pipeline.roleId, r.risk])).toEqual([
      ['staff', 'nobody'],
      ['eng2', 'nobody'],
      ['pm', 'nobody'],
      ['em', 'one'],
    ]);
    expect(risk.find((r) => r.pipeline.roleId === 'em')!.reason).toBe('only C (ready now)');
    expect(risk.some((r) => r.pipeline.roleId === 'eng1' || r.pipeline.roleId === 'senior')).toBe(false);
  });
});

describe('stale plans', () => {
  it('flags plans without a check-in or milestone movement for more than 60 days, and not achieved ones', () => {
    const fresh = teamPlan({ employee: 'Fresh', current: 'eng2', target: 'senior', checkIns: ['2026-02-20'] });
    const stale = teamPlan({ employee: 'Stale', current: 'eng2', target: 'senior', checkIns: ['2025-12-30'], start: '2025-11-01' });
    const moved = teamPlan({ employee: 'Moved', current: 'eng2', target: 'senior', start: '2025-10-01' });
    moved.milestones[0] = { ...moved.milestones[0]!, status: 'done', completedAt: '2026-02-01T12:00:00.000Z' };
    const achieved = teamPlan({ employee: 'Achieved', current: 'eng2', target: 'senior', start: '2025-01-01', stage: 'achieved' });
    const result = stalePlans(assembleTeam([fresh, stale, moved, achieved].map((p) => entry(p)), catalogOf(testFramework())), { today: TODAY });
    expect(result.map((s) => [s.employee, s.lastMovement, s.lastMovementWhat, s.daysSince])).toEqual([['Stale', '2025-12-30', 'check-in', 61]]);
    expect(lastMovement(moved).what).toMatch(/^milestone done: /);
  });

  it('is stale exactly when every check-in and milestone date is more than the limit before today', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 5 }), fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 3 }), (checkInAgo, completedAgo) => {
        const ago = (n: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
        const plan = teamPlan({ employee: 'P', current: 'eng2', target: 'senior', start: ago(300), checkIns: checkInAgo.map(ago) });
        completedAgo.forEach((n, i) => {
          plan.milestones[i] = { ...plan.milestones[i]!, status: 'done', completedAt: `${ago(n)}T08:00:00.000Z` };
        });
        const stale = stalePlans(assembleTeam([entry(plan)], catalogOf(testFramework())), { today: TODAY }).length === 1;
        expect(stale).toBe([...checkInAgo, ...completedAgo].every((n) => n > 60));
      }),
      { numRuns: 60 },
    );
  });
});

describe('development actions due', () => {
  it('lists open actions due within 30 days, overdue ones first, and leaves out done and far-off ones', () => {
    const plan = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior', levels: { code: 3, design: 2, domain: 2, comms: 2 } });
    plan.actions = plan.actions.map((a, i) => ({ ...a, due: ['2026-02-10', '2026-03-20', '2026-05-01', '2026-02-01'][i % 4], status: i === 3 ? 'done' : a.status }));
    const due = developmentActionsDue(assembleTeam([entry(plan)], catalogOf(testFramework())), { today: TODAY });
    expect(due.map((d) => [d.due, d.overdue])).toEqual(
      plan.actions
        .filter((a) => a.status !== 'done' && a.due! <= '2026-03-31')
        .map((a) => [a.due, a.due! < TODAY])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(due[0]).toMatchObject({ daysUntil: -28, overdue: true, employee: 'Alex' });
  });
});

describe('team report', () => {
  it('gathers every section and the problems met along the way', () => {
    const plans = [teamPlan({ employee: 'A', current: 'eng2', target: 'senior', levels: GOOD, checkIns: ['2026-02-25'] }), teamPlan({ employee: 'B', current: 'eng1', target: 'eng2', start: '2025-06-01' })];
    const report = teamReport(plans.map((p) => entry(p)), catalogOf(testFramework()), { today: TODAY }, [{ file: 'broken.plan.json', severity: 'error', message: 'not valid JSON' }]);
    expect(report).toMatchObject({ plans: 2, analysed: 2, byStage: { active: 2 }, frameworks: 'eng v1' });
    expect(report.options).toEqual({ today: TODAY, readyAt: 0.9, staleAfterDays: 60, actionsWithinDays: 30 });
    expect(report.stale.map((s) => s.employee)).toEqual(['B']);
    expect(report.problems[0]!.file).toBe('broken.plan.json');
    expect(report.heatmap.rows).toHaveLength(2);
    expect(report.atRisk.length).toBeGreaterThan(0);
  });
});

describe('plans made against their own copy of the framework', () => {
  it('count the copy’s roles as the base framework’s roles, once, and the added role through its plan', () => {
    const base = testFramework();
    const copyFor = (planId: string, extra?: { id: string; title: string }) =>
      testFramework({
        id: planFrameworkId(base.id, planId),
        version: 2,
        roles: [...base.roles, ...(extra ? [{ id: extra.id, title: extra.title, track: 'Payments', rank: 1, competencies: [] }] : [])],
        transitions: [...base.transitions, ...(extra ? [{ from: 'eng2', to: extra.id, type: 'lateral' as const }] : [])],
      });
    const alexCopy = copyFor('alex-senior');
    const samCopy = copyFor('sam-payments-lead', { id: 'payments-lead', title: 'Payments Lead' });
    const alex = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior', framework: alexCopy });
    const sam = teamPlan({ employee: 'Sam', current: 'eng2', target: 'payments-lead', framework: samCopy });
    const dee = teamPlan({ employee: 'Dee', current: 'eng1', target: 'senior' });
    const catalog = catalogOf(base, alexCopy, samCopy);
    expect(catalog.latest()).toEqual([base]);
    const pipeline = talentPipeline(assembleTeam([alex, sam, dee].map((p) => entry(p)), catalog), { today: TODAY });
    const senior = pipeline.filter((r) => r.roleId === 'senior');
    expect(senior).toHaveLength(1);
    expect(senior[0]!.inPipeline).toBe(2);
    expect(pipeline.filter((r) => r.roleId === 'payments-lead').map((r) => r.inPipeline)).toEqual([1]);
    expect(new Set(pipeline.map((r) => r.roleKey)).size).toBe(pipeline.length);
  });
});

describe('drafts and commitments', () => {
  it('counts in the pipeline only plans leadership approved, and shows drafts apart', () => {
    const committed = teamPlan({ employee: 'Approved', current: 'eng2', target: 'senior', levels: GOOD, stage: 'approved' });
    const active = teamPlan({ employee: 'Active', current: 'eng2', target: 'senior', levels: GOOD });
    const wish = teamPlan({ employee: 'Wish', current: 'eng2', target: 'senior', levels: GOOD, stage: 'objectives' });
    const review = teamPlan({ employee: 'InReview', current: 'eng2', target: 'senior', levels: GOOD, stage: 'leadership-review' });
    const pipeline = talentPipeline(assembleTeam([committed, active, wish, review].map((p) => entry(p)), catalogOf(testFramework())), { today: TODAY });
    const senior = pipeline.find((p) => p.roleId === 'senior')!;
    expect(senior.bands['ready-now'].map((e) => e.employee)).toEqual(['Active', 'Approved']);
    expect(senior.inPipeline).toBe(2);
    expect(senior.drafts.map((e) => [e.employee, e.stage])).toEqual([['InReview', 'leadership-review'], ['Wish', 'objectives']]);
    // a role only drafts lead to is still at risk: nobody is committed to it
    const onlyDrafts = talentPipeline(assembleTeam([wish].map((p) => entry(p)), catalogOf(testFramework())), { today: TODAY });
    expect(rolesAtRisk(onlyDrafts).find((r) => r.pipeline.roleId === 'senior')!.risk).toBe('nobody');
  });
});
