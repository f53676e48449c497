// Choosing the development questions for one one-on-one: suited to the plan's stage and largest gaps,
// the same for the same meeting, and rotating week to week so a question does not come back every time.
import type { Stage } from '../model/plan';
import type { Question, Topic } from './bank';

export interface PromptContext {
  /** Stable id of the meeting series (recurring event id, or the event id). */
  seriesId: string;
  /** Date of this occurrence, YYYY-MM-DD. */
  date: string;
  /** Present when a plan is linked to the attendee. */
  plan?: {
    stage: Stage;
    /** Largest gaps first: competency names. */
    gaps: string[];
    targetRole?: string;
    nextMilestone?: string;
    name?: string;
  };
  count?: number;
}

export interface ChosenQuestion {
  id: string;
  topic: Topic;
  /** Plain text, placeholders filled. Render it as text, never as HTML. */
  text: string;
}

/** Topics that matter most at each stage, most important first. */
const STAGE_TOPICS: Record<Stage, Topic[]> = {
  objectives: ['goals', 'five-years', 'future-role', 'strengths'],
  alignment: ['future-role', 'alignment', 'five-years', 'goals'],
  'skills-and-gaps': ['weaknesses', 'next-skill', 'strengths', 'feedback'],
  'draft-plan': ['next-skill', 'feedback', 'barriers', 'plan'],
  'employee-review': ['feedback', 'next-skill', 'barriers'],
  'leadership-review': ['next-skill', 'progress', 'feedback', 'barriers'],
  'changes-requested': ['plan', 'feedback', 'next-skill'],
  approved: ['progress', 'next-skill', 'barriers'],
  active: ['progress', 'next-skill', 'recognition', 'barriers', 'feedback'],
  achieved: ['recognition', 'goals', 'five-years'],
};
const GENERIC_TOPICS: Topic[] = ['goals', 'next-skill', 'feedback', 'five-years', 'strengths', 'barriers', 'recognition'];

/** A small stable hash (FNV-1a), so the choice is the same on every device. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Weeks since 1970-01-05 (a Monday): consecutive weekly meetings get consecutive numbers. */
export function weekNumber(date: string): number {
  return Math.floor((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse('1970-01-05T00:00:00Z')) / (7 * 86_400_000));
}

function usable(question: Question, ctx: PromptContext): boolean {
  const plan = ctx.plan;
  if (!plan) return question.stages.length === 0 && !/\{(competency|targetRole|milestone)\}/.test(question.text);
  if (question.stages.length && !question.stages.includes(plan.stage)) return false;
  if (question.text.includes('{competency}') && !plan.gaps.length) return false;
  if (question.text.includes('{targetRole}') && !plan.targetRole) return false;
  if (question.text.includes('{milestone}') && !plan.nextMilestone) return false;
  return true;
}

function fill(text: string, ctx: PromptContext, week: number): string {
  const plan = ctx.plan;
  const gaps = plan?.gaps ?? [];
  // rotate through the three largest gaps week by week
  const competency = gaps.length ? gaps[week % Math.min(3, gaps.length)]! : '';
  return text
    .replace(/\{competency\}/g, competency)
    .replace(/\{targetRole\}/g, plan?.targetRole ?? '')
    .replace(/\{milestone\}/g, plan?.nextMilestone ?? '')
    .replace(/\{name\}/g, plan?.name ?? '');
}

/**
 * Up to `count` (default 3) questions: one per topic, the stage's topics first (gap questions first
 * when the plan has gaps), each picked from its topic's pool by week so it rotates.
 */
export function chooseQuestions(bank: readonly Question[], ctx: PromptContext): ChosenQuestion[] {
  const count = ctx.count ?? 3;
  const week = weekNumber(ctx.date);
  const seed = stableHash(ctx.seriesId);
  const pool = bank.filter((question) => usable(question, ctx));
  const topics = ctx.plan ? [...STAGE_TOPICS[ctx.plan.stage], ...GENERIC_TOPICS] : GENERIC_TOPICS;
  const order = [...new Set([...topics, ...pool.map((question) => question.topic)])];
  const chosen: ChosenQuestion[] = [];
  const seriesOffset = seed % 97;
  // the slot order itself rotates among the stage's leading topics, so the first question changes too
  const lead = ctx.plan ? Math.min(STAGE_TOPICS[ctx.plan.stage].length, order.length) : Math.min(GENERIC_TOPICS.length, order.length);
  const rotated = [...order.slice(0, lead).map((_, i, a) => a[(i + week + seriesOffset) % a.length]!), ...order.slice(lead)];
  for (const topic of rotated) {
    if (chosen.length >= count) break;
    const candidates = pool.filter((question) => question.topic === topic);
    if (!candidates.length) continue;
    // with gaps, the gap-specific question of a topic comes before the general ones
    const specific = ctx.plan?.gaps.length ? candidates.filter((question) => question.text.includes('{competency}')) : [];
    const list = (specific.length && week % 2 === 0 ? specific : candidates).slice().sort((a, b) => (a.id < b.id ? -1 : 1));
    const question = list[(week + seriesOffset) % list.length]!;
    chosen.push({ id: question.id, topic: question.topic, text: fill(question.text, ctx, week) });
  }
  return chosen;
}
