import { describe, expect, it } from 'vitest';
import { chooseQuestions } from '../../../shared/prompts/choose';
import { teamBank } from '../../../shared/prompts/built-in-questions';
import { planPromptContext } from '../../../shared/prompts/plan-context';
import { summarisePlan } from '../background/plan-cache';
import { defaultSettings } from '../common/settings';
import { ALEX, ALEX_PLAN_FILE, alexPlan } from '../../test-support/plan-fixture';
import { buildPanelView } from './panel-view';

const input = { title: 'Alex / Dana', eventId: 's_20260302T100000Z', seriesId: 's', times: { start: '2026-03-02T10:00:00Z', end: '2026-03-02T10:45:00Z' }, other: { email: 'ALEX@example.com' } };
const linked = { ...defaultSettings(), linkedPlans: [{ email: ALEX.email, fileId: ALEX_PLAN_FILE }] };
const day = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('prompt choice for the panel', () => {
  it('is the core chooser on the plan\'s stage and gaps when a plan is linked', () => {
    const cache = { [ALEX_PLAN_FILE]: { summary: summarisePlan(ALEX_PLAN_FILE, alexPlan()) } };
    const view = buildPanelView(input, linked, cache, new Date('2026-03-05T00:00:00Z'));
    expect(view.prompts).toEqual(chooseQuestions(teamBank(), { seriesId: 's', date: day(input.times.start), plan: planPromptContext(alexPlan()) }));
    expect(view.prompts).toHaveLength(3);
    expect(view.linked?.fileId).toBe(ALEX_PLAN_FILE);
  });
  it('is generic without a plan, and while the linked plan is not read yet', () => {
    const generic = chooseQuestions(teamBank(), { seriesId: 's', date: day(input.times.start) });
    expect(buildPanelView(input, defaultSettings(), {}, new Date()).prompts).toEqual(generic);
    expect(buildPanelView(input, linked, {}, new Date()).prompts).toEqual(generic);
  });
  it('honours the team bank: disabled questions never come, team questions can', () => {
    const chosen = buildPanelView(input, defaultSettings(), {}, new Date()).prompts.map((p) => p.id);
    const settings = { ...defaultSettings(), disabledQuestionIds: chosen };
    const next = buildPanelView(input, settings, {}, new Date()).prompts.map((p) => p.id);
    expect(next.some((id) => chosen.includes(id))).toBe(false);
    const onlyTeam = {
      ...defaultSettings(),
      disabledQuestionIds: teamBank().map((q) => q.id),
      customQuestions: [{ id: 'team-1', text: 'What did you learn from the last incident?', topic: 'next-skill' as const, stages: [], custom: true }],
    };
    expect(buildPanelView(input, onlyTeam, {}, new Date()).prompts.map((p) => p.text)).toEqual(['What did you learn from the last incident?']);
  });
  it('rotates week to week for the same series', () => {
    const weeks = [0, 7, 14, 21].map((d) => buildPanelView({ ...input, times: { start: new Date(Date.parse(input.times.start) + d * 86_400_000).toISOString(), end: input.times.end } }, defaultSettings(), {}, new Date()).prompts.map((p) => p.id).join());
    expect(new Set(weeks).size).toBeGreaterThan(1);
  });
});
