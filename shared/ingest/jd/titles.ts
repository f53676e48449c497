// Tells a job title from other headings, and reads a job family's name and each level's place in it.
import { seniorityOf } from './fields';

/** Nouns that name a job; a heading holding one (or a seniority word) reads as a role, not a section. */
const JOB_NOUN =
  /\b(engineer|engineering manager|developer|programmer|architect|designer|analyst|scientist|researcher|specialist|partner|marketer|manager|director|officer|lead|head|vp|president|chief|executive|administrator|consultant|coordinator|assistant|associate|intern|advocate|writer|editor|accountant|auditor|recruiter|sourcer|supervisor|technician|salesperson|representative|rep|cashier|clerk|agent|strategist|owner|nurse|practitioner|physician|therapist|teacher|tutor|trainer|instructor|counsel|lawyer|paralegal|planner|buyer|controller|bookkeeper|operator|mechanic|electrician|driver|tester|steward|librarian|evangelist|champion|generalist|expert|fellow|apprentice|trainee|graduate|aide|checker|hygienist|worker|carer|caregiver|attendant|porter|cook|chef|server|guard|inspector|investigator|scholar|postdoc|dentist|pharmacist|midwife|paramedic|surgeon|cleaner|housekeeper|receptionist|secretary|teller|merchandiser|stocker|picker|packer|courier|coordonnat\w*|conseill\w*|gestionnaire|d[ée]veloppeu\w*|ing[ée]nieu\w*)s?\b/i;

/** Whether a short heading reads as a job title ("Senior Backend Engineer", "OSPO Engineer III", "Level 2"). */
export function looksLikeJobTitle(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 10 || /[.!?]$/.test(text.trim())) return false;
  return seniorityOf(text) !== undefined || JOB_NOUN.test(text);
}

/** The title without its seniority: "Senior Field Marketing Manager" → "Field Marketing Manager". */
export function baseTitle(title: string): string {
  const seniority = seniorityOf(title);
  let base = title.replace(/\s*\([^)]*\)\s*/g, ' ');
  if (seniority) base = base.replace(seniority.label, ' ');
  return base
    .replace(/^[\s,\-–—:]+|[\s,\-–—:]+$/g, '')
    .replace(/\s*,\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A job family's name from a page title: "Field Marketing Manager Roles" → "Field Marketing Manager",
 * "🎉 Marketing Framework" → "Marketing", "Career ladder for OSPO Engineers" → "OSPO Engineers".
 */
export function familyName(title: string): string {
  let name = title
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
    .replace(/^\s*(career (ladder|path|framework)s?|job famil(y|ies)|progression framework)\s*(for|:|-|–)?\s*/i, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(/\s*(-|–|:)?\s*\b(job famil(y|ies)|roles|positions|career (ladder|path)s?|ladders?|progression|framework|levels|at [A-Z][\w.]*)\s*$/i, '');
  }
  return name.replace(/\s+/g, ' ').trim();
}

/** Whether a heading is only a level label ("Level 3", "Senior", "III", "L4"): the role's title then needs the family name. */
export function isBareLevel(text: string): boolean {
  const seniority = seniorityOf(text);
  if (!seniority) return false;
  const rest = text.replace(/\([^)]*\)/g, '').replace(seniority.label, '').replace(/\b(level|lvl|grade|band|tier)\b/gi, '').replace(/[\s\-–—:,()]+/g, '');
  return rest.length <= 2;
}

/** "Level 3" under the Marketing family → "Marketing Level 3"; "Senior" under Backend Engineer → "Senior Backend Engineer". */
export function titleWithFamily(levelText: string, family: string): string {
  if (!family) return levelText;
  if (/^(level|lvl|grade|band|tier|[LPM]\d|IC\s?\d|[IVX]+\b|\d)/i.test(levelText.trim())) return `${family} ${levelText.trim()}`;
  return `${levelText.trim()} ${family}`;
}

/** A family name shared by role titles: the most common title once seniority is dropped ("OSPO Engineer"). */
export function commonFamily(titles: string[]): string {
  const counts = new Map<string, number>();
  for (const t of titles) {
    const base = baseTitle(t);
    if (base) counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 1;
  for (const [base, count] of counts) if (count > bestCount) [best, bestCount] = [base, count];
  return best;
}
