// What the panel shows for one meeting: the core chooses the prompts (team bank, plan stage and gaps when a
// plan is linked, generic otherwise); this only gathers the inputs.
import { teamBank } from '../../../shared/prompts/built-in-questions';
import { chooseQuestions, type ChosenQuestion } from '../../../shared/prompts/choose';
import { questionDay } from '../../../shared/prompts/question-day';
import type { MeetingAttendee } from '../../../shared/meetings/one-on-one';
import type { CachedPlan } from '../common/plan-summary';
import { linkedPlanFor, type Settings } from '../common/settings';

export interface PanelView {
  title: string;
  eventId: string;
  seriesId: string;
  /** The occurrence's day, YYYY-MM-DD: questions rotate week by week. */
  date: string;
  other?: MeetingAttendee;
  times?: { start: string; end: string };
  developmentMinutes: number;
  prompts: ChosenQuestion[];
  linked?: { fileId: string; cached: CachedPlan };
}

export interface PanelInput {
  title: string;
  eventId: string;
  seriesId: string;
  times?: { start: string; end: string };
  other?: MeetingAttendee;
}

export function buildPanelView(input: PanelInput, settings: Settings, plans: Record<string, CachedPlan>, now: Date): PanelView {
  const link = linkedPlanFor(settings, input.other?.email);
  const cached = link ? (plans[link.fileId] ?? {}) : undefined;
  // the core's rule, so the add-on picks the same questions for this meeting
  const date = questionDay({ ...(input.times ? { start: input.times.start } : {}), eventId: input.eventId }, now);
  const prompts = chooseQuestions(teamBank(settings.customQuestions, settings.disabledQuestionIds), {
    seriesId: input.seriesId,
    date,
    plan: cached?.summary?.context,
  });
  return {
    ...input,
    date,
    developmentMinutes: settings.developmentMinutes,
    prompts,
    linked: link && cached ? { fileId: link.fileId, cached } : undefined,
  };
}
