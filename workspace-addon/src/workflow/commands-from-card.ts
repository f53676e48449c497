// Turns a pressed plan button and the card's form fields into the core's plan commands. Only reading the
// card lives here: what each command may do, and who may do it, is the core's workflow.
import type { Assertion } from '../../../shared/model/assessment';
import { parsePersonText, PersonSchema, type Person } from '../../../shared/model/person';
import { GrowthPreferenceSchema } from '../../../shared/model/profile';
import { HORIZON_MONTHS } from '../../../shared/plan/generate';
import { DevelopmentActionSchema, type Plan } from '../../../shared/model/plan';
import type { PlanCommand } from '../../../shared/plan/commands';
import { input, inputsWithPrefix, lines, param, type AddonEvent } from '../platform/event';

/**
 * "Dana Lee <dana@example.com>", "dana@example.com" or "Dana Lee", read by the core's person parser; emails are kept
 * in lower case (Drive shares by address). A malformed address is kept as typed, for the field check to word.
 */
export function parsePerson(textValue: string): Person | undefined {
  const t = textValue.trim();
  if (!t) return undefined;
  const parsed = parsePersonText(t);
  if (parsed.person) return parsed.person.email ? { ...parsed.person, email: parsed.person.email.toLowerCase() } : parsed.person;
  const m = /^(.*?)\s*<([^>]+)>\s*$/.exec(t);
  if (m) return { name: m[1]!.trim() || m[2]!.trim(), email: m[2]!.trim().toLowerCase() };
  return { name: t };
}

export class FormError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormError';
  }
}

/** What is wrong with what was typed into named fields of the card: shown beside each field, the typing kept. */
export class FieldError extends FormError {
  constructor(
    readonly problems: Record<string, string>,
    readonly entered: Record<string, string>,
  ) {
    super(Object.values(problems).join('; '));
    this.name = 'FieldError';
  }
}

/** Why an address is not one the plan can hold (the plan file's own rule), or undefined when it is fine. */
export function emailProblem(email: string): string | undefined {
  if (PersonSchema.shape.email.safeParse(email).success) return undefined;
  const hint = !email.includes('@') ? 'it has no @' : /@[^.]+$/.test(email) ? 'it needs a full domain after the @, like example.com' : 'check it for typing mistakes';
  return `“${email}” is not an email address: ${hint}`;
}

/**
 * The people typed into a field ("Name <email>" or an email, one per line): each must have a valid email (Trellis
 * shares the plan with them). Returns them, or the problem with the field in words.
 */
export function peopleFromField(textValue: string, what: string): { people: Person[]; problem?: string } {
  const people = textValue.split(/\r?\n/).map((line) => line.replace(/^\s*[-*•]\s*/, '')).map(parsePerson).filter((p): p is Person => !!p);
  const problems: string[] = [];
  for (const p of people) {
    if (!p.email) problems.push(`give an email for ${p.name}, as "Name <email>": Trellis shares the plan with ${what}`);
    else {
      const wrong = emailProblem(p.email);
      if (wrong) problems.push(wrong);
    }
  }
  return problems.length ? { people, problem: problems.join('; ') } : { people };
}

/** The assertions a level-picker card holds (fields "level:<competencyId>"; empty means "not sure yet"). */
export function assertionsFromCard(e: AddonEvent, source: Assertion['source'], today: string): Omit<Assertion, 'by'>[] {
  const evidence = input(e, 'evidence');
  const out: Omit<Assertion, 'by'>[] = [];
  for (const [competencyId, value] of inputsWithPrefix(e, 'level:')) {
    if (value === '') continue;
    const level = Number(value);
    if (!Number.isFinite(level)) throw new FormError(`"${value}" is not a level`);
    out.push({ competencyId, level, source, date: today, evidence });
  }
  return out;
}

/** The commands a plan button stands for; the card put everything needed in its parameters and fields. */
export function commandsFromCard(act: string, e: AddonEvent, now: string): PlanCommand[] {
  const today = now.slice(0, 10);
  switch (act) {
    case 'objectives':
      return [{ type: 'set-objectives', objectives: { beyondCurrentRole: lines(e, 'goals'), fiveYears: input(e, 'fiveYears') } }, { type: 'submit-objectives' }];
    case 'set-objectives':
      return [{ type: 'set-objectives', objectives: { beyondCurrentRole: lines(e, 'goals'), fiveYears: input(e, 'fiveYears') } }];
    case 'submit-objectives':
      return [{ type: 'submit-objectives' }];
    case 'set-profile': {
      const buddyText = input(e, 'careerBuddy');
      const buddy = buddyText ? parsePerson(buddyText) : undefined;
      if (buddy?.email && emailProblem(buddy.email)) throw new FieldError({ careerBuddy: emailProblem(buddy.email)! }, { careerBuddy: buddyText });
      const growth = GrowthPreferenceSchema.safeParse(input(e, 'growthPreference') || 'undecided');
      return [
        {
          type: 'set-profile',
          profile: {
            swot: { strengths: lines(e, 'swotStrengths'), weaknesses: lines(e, 'swotWeaknesses'), opportunities: lines(e, 'swotOpportunities'), threats: lines(e, 'swotThreats') },
            barriers: lines(e, 'barriers'),
            interests: lines(e, 'interests'),
            careerBuddy: buddy ?? null,
            ...(growth.success ? { growthPreference: growth.data } : {}),
          },
        },
      ];
    }
    case 'review-alignment':
      return [{ type: 'review-alignment', companyNeeds: input(e, 'companyNeeds'), stakeholders: input(e, 'stakeholders').split(',').map((s) => s.trim()).filter(Boolean) }];
    case 'accept-role':
      return [{ type: 'accept-role' }];
    case 'modify-role': {
      const targetRoleId = input(e, 'targetRoleId');
      if (!targetRoleId) throw new FormError('choose the role to aim for');
      return [{ type: 'modify-role', targetRoleId }];
    }
    case 'assess': {
      const source = param(e, 'source');
      if (source !== 'self' && source !== 'manager' && source !== 'peer') throw new FormError('this assessment card lost whose assessment it is; open the plan again');
      const assertions = assertionsFromCard(e, source, today);
      if (!assertions.length) throw new FormError('choose a level for at least one competency');
      return [{ type: 'add-assessment', assertions }];
    }
    case 'complete-assessment':
      return [{ type: 'complete-assessment' }];
    case 'redraft': {
      const months = Number(input(e, 'horizon') || String(HORIZON_MONTHS.default));
      if (!Number.isInteger(months) || months < HORIZON_MONTHS.min || months > HORIZON_MONTHS.max) throw new FormError(`give the months to reach the target as a whole number from ${HORIZON_MONTHS.min} to ${HORIZON_MONTHS.max}`);
      return [{ type: 'redraft', horizonMonths: months }];
    }
    case 'set-approvers': {
      const { people, problem } = peopleFromField(input(e, 'approvers'), 'them');
      if (problem) throw new FieldError({ approvers: problem }, { approvers: input(e, 'approvers') });
      return [{ type: 'set-approvers', approvers: people }];
    }
    case 'submit-for-review':
    case 'employee-accept-plan':
    case 'resubmit':
    case 'activate':
    case 'achieve':
      return [{ type: act }];
    case 'employee-request-changes':
    case 'request-changes':
      return [{ type: act, comment: input(e, 'comment') }];
    case 'approve': {
      const comment = input(e, 'comment');
      return [comment ? { type: 'approve', comment } : { type: 'approve' }];
    }
    case 'complete-milestone': {
      const milestoneId = param(e, 'milestoneId') ?? '';
      const level = input(e, `confirmLevel:${milestoneId}`);
      return [{ type: 'complete-milestone', milestoneId, evidence: input(e, `evidence:${milestoneId}`), ...(level !== '' && Number.isFinite(Number(level)) ? { level: Number(level) } : {}) }];
    }
    case 'add-recognition': {
      const milestoneId = param(e, 'milestoneId');
      const textValue = milestoneId ? input(e, `recognition:${milestoneId}`) : input(e, 'recognition');
      return [milestoneId ? { type: 'add-recognition', text: textValue, milestoneId } : { type: 'add-recognition', text: textValue }];
    }
    case 'add-comment':
      return [{ type: 'add-comment', text: input(e, 'commentText') }];
    case 'record-check-in': {
      const eventId = param(e, 'eventId');
      return [eventId ? { type: 'record-check-in', notes: input(e, 'checkInNotes'), eventId } : { type: 'record-check-in', notes: input(e, 'checkInNotes') }];
    }
    default:
      throw new FormError(`unknown plan action "${act}"`);
  }
}

/**
 * The milestone editor's fields ("title:<id>", "due:<id>", "measure:<id>", "drop:<id>") applied to the stored
 * list by milestone id: milestones the card did not show, and their evidence, are kept as they are.
 */
export function milestoneEditsFromCard(e: AddonEvent, plan: Plan): PlanCommand {
  const fields = (prefix: string) => inputsWithPrefix(e, prefix);
  const titles = fields('title:');
  const dues = fields('due:');
  const measures = fields('measure:');
  const dropped = new Set([...fields('drop:')].filter(([, v]) => v === 'drop').map(([id]) => id));
  const milestones = plan.milestones.map((m) => {
    if (!titles.has(m.id) && !dropped.has(m.id)) return m;
    const due = dues.get(m.id) || m.due;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || Number.isNaN(Date.parse(due))) throw new FormError(`"${due}" is not a date: write the due date of "${m.title}" as YYYY-MM-DD`);
    const title = titles.get(m.id) || m.title;
    const measure = measures.get(m.id) || m.measure;
    return { ...m, title, due, measure, status: dropped.has(m.id) ? ('dropped' as const) : m.status };
  });
  return { type: 'set-milestones', milestones };
}

/** The development actions editor ("hours:<id>", "status:<id>") applied to the stored list by action id. */
export function actionEditsFromCard(e: AddonEvent, plan: Plan): PlanCommand {
  const hours = inputsWithPrefix(e, 'hours:');
  const statuses = inputsWithPrefix(e, 'status:');
  const actions = plan.actions.map((a) => {
    if (!hours.has(a.id) && !statuses.has(a.id)) return a;
    const h = hours.get(a.id) ?? '';
    const n = h.trim() === '' ? undefined : Number(h);
    if (n !== undefined && (!Number.isFinite(n) || n < 0 || n > 200)) throw new FormError(`"${h}" is not a number of hours a month for "${a.title}" (0 to 200)`);
    const status = DevelopmentActionSchema.shape.status.safeParse(statuses.get(a.id));
    const { hoursPerMonth: _old, ...rest } = a;
    return { ...rest, ...(n !== undefined ? { hoursPerMonth: n } : {}), ...(status.success && statuses.has(a.id) ? { status: status.data } : {}) };
  });
  return { type: 'set-actions', actions };
}
