// What a level looks like, in the ladder's words, reaches everyone who reads levels: the gap list, the plan's
// milestones, the one-on-one questions and the published site.
import { describe, expect, it } from 'vitest';
import { testFramework, assertion, ALEX, DANA } from '../test/fixtures';
import { gapAnalysis } from '../gap/gap';
import { personLevels } from '../gap/levels';
import { createPlan } from './generate';
import { planPromptContext } from '../prompts/plan-context';
import { chooseQuestions } from '../prompts/choose';
import { BUILT_IN_QUESTIONS } from '../prompts/built-in-questions';
import { planReportHtml } from '../render/report';
import type { Framework } from '../model/framework';

const DESIGN_3 = 'Designs services other teams rely on, and writes down the trade-offs';

function described(): Framework {
  const fw = testFramework();
  return { ...fw, competencies: fw.competencies.map((c) => (c.id === 'design' ? { ...c, descriptors: [{ level: 2, text: 'Designs a feature across two services' }, { level: 3, text: DESIGN_3 }] } : c)) };
}

describe('level descriptors', () => {
  const framework = described();
  const assessment = [assertion('code', 3), assertion('design', 2), assertion('domain', 2), assertion('comms', 2)];

  it('the gap list says what the required level looks like', () => {
    const { levels, detail } = personLevels(framework, assessment);
    const analysis = gapAnalysis(framework, framework.roles.find((r) => r.id === 'senior')!, levels, detail);
    const design = analysis.gaps.find((g) => g.competencyId === 'design')!;
    expect(design.requiredName).toBe('Competent');
    expect(design.requiredLooksLike).toBe(DESIGN_3);
    expect(analysis.gaps.find((g) => g.competencyId === 'code')!.requiredLooksLike).toBeUndefined();
  });

  it('milestones say it, and so do the one-on-one questions and the report', () => {
    const plan = createPlan({ id: 'p', framework, employee: ALEX, manager: DANA, currentRoleId: 'eng2', targetRoleId: 'senior', assessment, by: 'alex', now: '2026-02-01T09:00:00Z' });
    const milestone = plan.milestones.find((m) => m.link.kind === 'competency' && m.link.competencyId === 'design')!;
    expect(milestone.measure).toContain(`To reach Competent in System design: ${DESIGN_3}`);
    const context = planPromptContext({ ...plan, stage: 'skills-and-gaps' }, framework);
    expect(context.looksLike).toEqual({ 'System design': DESIGN_3 });
    // over a season of weekly one-on-ones the question naming what the level looks like comes up
    const asked = new Set<string>();
    for (let week = 0; week < 16; week++) {
      const date = new Date(Date.UTC(2026, 2, 2 + week * 7)).toISOString().slice(0, 10);
      for (const q of chooseQuestions(BUILT_IN_QUESTIONS, { seriesId: 'alex-dana', date, plan: context })) asked.add(q.text);
    }
    expect([...asked].some((t) => t.includes(`the ladder describes System design as: “${DESIGN_3}”`))).toBe(true);
    expect([...asked].every((t) => !t.includes('{looksLike}') && !t.includes('“”'))).toBe(true);
    const html = planReportHtml(plan, framework);
    expect(html).toContain(`<div class="looks-like">${DESIGN_3}</div>`);
  });
});
