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
    /** What the target level of a gap looks like in the ladder's words, by competency name, when the framework says. */
    looksLike?: Record<string, string>;
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
  if (!plan) return question.stages.length === 0 && !/\{(competency|targetRole|milestone|looksLike)\}/.test(question.text);
  if (question.stages.length && !question.stages.includes(plan.stage)) return false;
  if (question.text.includes('{competency}') && !plan.gaps.length) return false;
  if (question.text.includes('{targetRole}') && !plan.targetRole) return false;
  if (question.text.includes('{milestone}') && !plan.nextMilestone) return false;
  if (question.text.includes('{looksLike}') && !plan.gaps.some((g) => plan.looksLike?.[g])) return false;
  return true;
}

/** Stages where the plan's gaps are the conversation: one question each week names one of the largest gaps. */
const GAP_STAGES = new Set<Stage>(['skills-and-gaps', 'draft-plan', 'employee-review', 'leadership-review', 'changes-requested', 'approved', 'active']);

function fill(text: string, ctx: PromptContext, competency = ''): string {
  const plan = ctx.plan;
  return text
    .replace(/\{looksLike\}/g, plan?.looksLike?.[competency] ?? '')
    .replace(/\{competency\}/g, competency)
    .replace(/\{targetRole\}/g, plan?.targetRole ?? '')
    .replace(/\{milestone\}/g, plan?.nextMilestone ?? '')
    .replace(/\{name\}/g, plan?.name ?? '');
}

/** Questions in topic priority order, taking one of each topic in turn, so neighbours in the list differ in topic. */
function interleaveByTopic(questions: Question[], topics: Topic[]): Question[] {
  const byTopic = new Map<Topic, Question[]>();
  for (const topic of topics) byTopic.set(topic, []);
  for (const question of [...questions].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!byTopic.has(question.topic)) byTopic.set(question.topic, []);
    byTopic.get(question.topic)!.push(question);
  }
  const lists = [...byTopic.values()].filter((list) => list.length);
  const out: Question[] = [];
  for (let i = 0; out.length < questions.length; i++) for (const list of lists) if (i < list.length) out.push(list[i]!);
  return out;
}

/**
 * Up to `count` (default 3) questions for one meeting. The usable questions fall into tiers: gap questions
 * (with the plan's largest gaps filled in), questions on the topics that matter at the plan's stage, and the
 * rest. Each tier is walked round-robin, a fixed number of questions a week from a start that depends on the
 * meeting series: the same meeting always gets the same questions, and a tier with at least twice as many
 * questions as it gives each week never repeats one in consecutive weeks.
 */
export function chooseQuestions(bank: readonly Question[], ctx: PromptContext): ChosenQuestion[] {
  const count = ctx.count ?? 3;
  const week = weekNumber(ctx.date);
  const seed = stableHash(ctx.seriesId);
  const plan = ctx.plan;
  const pool = bank.filter((question) => usable(question, ctx));
  const stageTopics = plan ? STAGE_TOPICS[plan.stage] : GENERIC_TOPICS.slice(0, 4);
  const isGapQuestion = (question: Question) => question.text.includes('{competency}');
  // gap tier: every (gap question, one of the three largest gaps) pair, so the named competency rotates too
  const gapPairs: { question: Question; competency: string }[] = [];
  if (plan && plan.gaps.length && GAP_STAGES.has(plan.stage)) {
    const gapQuestions = interleaveByTopic(pool.filter(isGapQuestion), stageTopics);
    for (const competency of plan.gaps.slice(0, 3)) {
      for (const question of gapQuestions) if (!question.text.includes('{looksLike}') || plan.looksLike?.[competency]) gapPairs.push({ question, competency });
    }
  }
  const useGapTier = gapPairs.length >= 2 && count >= 2;
  const rest = pool.filter((question) => !useGapTier || !isGapQuestion(question));
  let stageTier = interleaveByTopic(rest.filter((question) => stageTopics.includes(question.topic)), stageTopics);
  let otherTier = interleaveByTopic(rest.filter((question) => !stageTopics.includes(question.topic)), GENERIC_TOPICS);
  const gapPicks = useGapTier ? 1 : 0;
  const remaining = count - gapPicks;
  // a tier gives at most half its size each week, so consecutive weeks differ; a lone stage question joins the rest
  let stagePicks = Math.min(remaining - (otherTier.length >= 2 && remaining > 1 ? 1 : 0), Math.floor(stageTier.length / 2));
  if (stagePicks === 0 && stageTier.length) [otherTier, stageTier] = [[...stageTier, ...otherTier], []];
  stagePicks = Math.max(0, stagePicks);
  const otherPicks = remaining - stagePicks;

  const chosen: ChosenQuestion[] = [];
  const used = new Set<string>();
  const take = (question: Question, competency = '') => {
    if (chosen.length >= count || used.has(question.id)) return;
    used.add(question.id);
    // a question quoting what a level looks like names a gap the ladder describes
    const named = question.text.includes('{looksLike}') && !plan?.looksLike?.[competency] ? (plan?.gaps.find((g) => plan.looksLike?.[g]) ?? competency) : competency;
    chosen.push({ id: question.id, topic: question.topic, text: fill(question.text, ctx, named) });
  };
  const walk = <T>(tier: T[], picks: number, salt: number, pick: (item: T) => void) => {
    if (!tier.length) return;
    const start = (seed + salt) % tier.length;
    for (let i = 0; i < picks; i++) pick(tier[(start + week * picks + i) % tier.length]!);
  };
  walk(gapPairs, gapPicks, 0, ({ question, competency }) => take(question, competency));
  walk(stageTier, stagePicks, 7, (question) => take(question, plan?.gaps[0]));
  walk(otherTier, otherPicks, 13, (question) => take(question, plan?.gaps[0]));
  // small banks (a team that disabled most questions): fill up from whatever is usable
  for (const question of [...stageTier, ...otherTier]) take(question, plan?.gaps[0]);
  return chosen;
}
