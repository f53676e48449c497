// Calendar: opening a one-on-one shows the same development prompts the extension shows (the core's chooser),
// for the plan shared between the two people, with a check-in the user saves only if they choose to.
import { detectOneOnOne, seriesIdOf, type MeetingFacts } from '../../../shared/meetings/one-on-one';
import { questionDay } from '../../../shared/prompts/question-day';
import type { Framework } from '../../../shared/model/framework';
import { teamBank, QuestionSchema, type Question } from '../../../shared/prompts/bank';
import { chooseQuestions } from '../../../shared/prompts/choose';
import { nextMilestone, planPromptContext } from '../../../shared/prompts/plan-context';
import { homeCard } from '../cards/home-card';
import { button, buttons, card, decorated, plain, section, textInput } from '../cards/kit';
import { planParams, STAGE_LABELS, whoActsNext } from '../cards/plan-card';
import { listPlanFiles, loadStoredPlan, type StoredPlan } from '../drive/plan-files';
import { gas, type Widget } from '../platform/apps-script';
import type { AddonEvent } from '../platform/event';
import { currentEmail, nowIso } from '../platform/session';
import { frameworkFor } from './plan-actions';

const TEAM_QUESTIONS_KEY = 'trellis.teamQuestions';

/** The team's question bank: the built-ins plus what an admin set in the script properties. */
function bank(): Question[] {
  const text = gas().PropertiesService.getScriptProperties().getProperty(TEAM_QUESTIONS_KEY);
  if (!text) return teamBank();
  try {
    const parsed = JSON.parse(text) as { custom?: unknown[]; disabled?: string[] };
    const custom = (parsed.custom ?? []).map((q) => QuestionSchema.parse(q));
    return teamBank(custom, parsed.disabled ?? []);
  } catch (error) {
    console.warn(`team questions ignored: ${(error as Error).message}`);
    return teamBank();
  }
}

export function calendarHomepage(e: AddonEvent) {
  return [homeCard('CALENDAR', listPlanFiles(), currentEmail())];
}

/** The plan the two people share: one is the employee and the other the manager. */
function sharedPlan(me: string, other: string): StoredPlan | undefined {
  const file = listPlanFiles().find((f) => {
    const p = f.appProperties ?? {};
    return (p.trellisEmployee === other && p.trellisManager === me) || (p.trellisEmployee === me && p.trellisManager === other);
  });
  return file?.id ? loadStoredPlan(file.id) : undefined;
}

export function calendarEventOpen(e: AddonEvent) {
  const event = e.calendar;
  const me = currentEmail();
  const meeting: MeetingFacts = {
    // the add-on event carries the guest list but not the title or times (those need a broader Calendar scope)
    title: '',
    attendees: (event?.attendees ?? []).map((a) => ({ email: a.email, name: a.displayName, self: a.self, resource: a.resource, organizer: a.organizer, optional: a.optional })),
    allDay: false,
    selfEmail: me,
    seriesId: event?.recurringEventId || (event?.id ? seriesIdOf(event.id) : undefined),
    attendeesKnown: !!event?.attendees,
  };
  const verdict = detectOneOnOne(meeting);
  if (!verdict.oneOnOne) {
    return [card({ name: 'calendar-not-1on1', title: 'Not a one-on-one', subtitle: verdict.reason, sections: [section(undefined, [plain('Trellis suggests development questions for one-on-ones: meetings between you and one other person.')])] })];
  }
  const other = verdict.other?.email?.toLowerCase() ?? '';
  const stored = other ? sharedPlan(me, other) : undefined;
  const framework: Framework | undefined = stored ? frameworkFor(stored) : undefined;
  // the occurrence's own day when its id tells it, as the extension uses the meeting's date
  const today = questionDay({ ...(event?.id ? { eventId: event.id } : {}) }, new Date(nowIso()));
  const seriesId = meeting.seriesId ?? 'one-on-one';
  const questions = chooseQuestions(bank(), { seriesId, date: today, ...(stored ? { plan: planPromptContext(stored.plan, framework) } : {}) });
  const who = verdict.other?.name || other || 'the other person';
  const sections = [section('The last 15 minutes: development', questions.map((q, i) => decorated(`Question ${i + 1} · ${q.topic.replace(/-/g, ' ')}`, q.text)))];
  if (stored) {
    const plan = stored.plan;
    const next = nextMilestone(plan);
    const widgets: Widget[] = [
      decorated('Career path', `${plan.employee.name}: ${STAGE_LABELS[plan.stage]}`, whoActsNext(plan)),
      decorated('Next milestone', next ? `${next.title} (due ${next.due})` : 'none open'),
      textInput('checkInNotes', 'Notes to save to the plan (private until you save them)', '', { multiline: true }),
      buttons(button('Save check-in to the plan', 'planAct', planParams(stored, 'record-check-in', { eventId: event?.id ?? '' }), true), button('Open the plan', 'planOpen', { fileId: stored.fileId })),
    ];
    sections.push(section('Their career path', widgets));
  } else {
    sections.push(section('No shared career path yet', [plain(`No career path links you and ${who}. Start one from a job description in Google Docs, then share it.`)]));
  }
  return [card({ name: 'calendar-1on1', title: `One-on-one with ${who}`, subtitle: 'Development prompts', sections })];
}
