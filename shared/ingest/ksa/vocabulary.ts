// What the words in a KSA sheet's headers mean: which column holds competency names, kinds, categories,
// notes, importance, roles, tracks, levels or the ends of a transition, however HR happened to phrase it.
import { headerKey } from './sheet';

export type ColumnPurpose =
  | 'competency'
  | 'kind'
  | 'category'
  | 'id'
  | 'description'
  | 'notes'
  | 'importance'
  | 'role'
  | 'role-code'
  | 'track'
  | 'department'
  | 'rank'
  | 'level'
  | 'scale-id'
  | 'not-relevant'
  | 'suppress'
  | 'from'
  | 'to'
  | 'transition-type';

// Checked in order: the first pattern that matches a header's key wins, so the specific phrases come first
// ("competency domain" is a category, "job family" a track, "element id" an id).
const PURPOSES: [ColumnPurpose, RegExp][] = [
  ['from', /^(from|from role|from job|current role|source role|start role)$/],
  ['to', /^(to|to role|to job|target role|destination role|next role|end role)$/],
  ['transition-type', /^(move|move type|transition|transition type|path type|type of move)$/],
  ['not-relevant', /^not relevant$/],
  ['suppress', /^recommend suppress$/],
  ['scale-id', /^(scale id|scale|measure|scale type)$/],
  ['role-code', /^(o\*?\s?net soc code|soc code|occupation code|job code|role id|role code|position code)$/],
  ['id', /^(id|code|slug|ref|reference|element id|competency id|skill id|key)$/],
  ['category', /^((competency|skill|ksa) )?(domain|category|categories|group|cluster|area|theme|pillar|dimension|family|section|topic)( name)?$/],
  ['department', /^(department|dept|business unit|division|organisation|organization|function)$/],
  ['track', /^(track|track name|ladder|job family|career path|career track|stream|pathway|role family)$/],
  ['kind', /^(type|kind|k s a|ksa type|ksa|k s a type|competency type|skill type)$/],
  ['importance', /^(importance|weight|weighting|priority|criticality|importance 1 5|im)$/],
  ['description', /(^|\s)(description|definition|details|what it means|what good looks like|behaviours|behaviors|indicators|descriptor)$/],
  ['notes', /^(notes?|comments?|remarks?|examples?|evidence|resources|learning resources|links?|guidance|owner|source|domain source|last reviewed|updated|see also|tools.*|related.*)$/],
  ['role', /^(role|roles|job|job title|title|position|occupation|role title|role name|job role|job name|position title)$/],
  ['rank', /^(rank|grade|seniority|band|order|role level|job level|career level)$/],
  ['level', /^(level|levels|proficiency|proficiency level|required level|target level|expected level|data value|value|rating|score|requirement|(skill|competency|competence|ksa) (level|proficiency)|required proficiency|target proficiency|level required)$/],
  // what a person achieved or scored (an assessment's summary sheet): a result, never a role that requires levels
  ['level', /^((achieved|current|assessed|actual|attained|awarded|final|overall|self assessed|your) (level|score|rating|grade)|level (result|achieved|attained|reached)|results?|total|total score|weighted score)$/],
  ['competency', /^((technical|core|behavioural|behavioral|professional) )?(competency|competencies|competence|skill|skills|ksa item|knowledge|ability|abilities|capability|capabilities|element name|element|behaviour|behavior|attribute|criteria|criterion|name|item|ksa name)( name| item| area)?$/],
  ['competency', /\b(competenc(y|ies)|skills?|ksa)\b/],
];

/**
 * Long-format, transitions and scale sheets have a handful of columns: their headers are looked for in the first
 * 40, so telling a 2,000-role matrix apart from them costs nothing.
 */
export const NARROW_TABLE_COLUMNS = 40;

/** What a header cell's text says its column holds; undefined when it is not a known header word (a role title, say). */
export function columnPurpose(text: string): ColumnPurpose | undefined {
  const known = purposeCache.get(text);
  if (known !== undefined || purposeCache.has(text)) return known;
  const key = headerKey(text);
  let found: ColumnPurpose | undefined;
  if (key) for (const [purpose, pattern] of PURPOSES) if (pattern.test(key)) {
    found = purpose;
    break;
  }
  // a 2,000-role header row is looked at more than once: remember the answers (bounded, and pure: text -> purpose)
  if (purposeCache.size > 20_000) purposeCache.clear();
  purposeCache.set(text, found);
  return found;
}

const purposeCache = new Map<string, ColumnPurpose | undefined>();

/** Words that say a cell means "not required" rather than a level. */
const NOT_REQUIRED = new Set(['-', '–', '—', 'n/a', 'na', 'n a', 'none', 'not required', 'not applicable', 'not needed', 'no', '.', '0 none', '/']);

const LONGEST_NOT_REQUIRED = Math.max(...[...NOT_REQUIRED].map((w) => w.length));

export function meansNotRequired(text: string): boolean {
  // a prose cell is never one of these words: it is not lower-cased (a 200,000-cell ladder would copy every cell)
  const trimmed = text.trim();
  return trimmed.length <= LONGEST_NOT_REQUIRED && NOT_REQUIRED.has(trimmed.toLowerCase());
}

/** Words of a job title: a header row full of them holds roles; a label column full of them lists roles (a transposed matrix). */
const ROLE_WORDS =
  /\b(engineer|developer|manager|director|analyst|designer|specialist|lead|head|officer|coordinator|administrator|consultant|architect|scientist|intern|associate|junior|senior|staff|principal|fellow|vp|president|executive|assistant|technician|nurse|supervisor|representative|advisor|adviser|partner|owner|researcher|writer|editor|accountant|recruiter|agent|clerk|trainee|apprentice|graduate|l\d+|level \d+|grade \d+|band \d+|[ivx]+)\b/i;

export function looksLikeRoleTitle(text: string): boolean {
  return ROLE_WORDS.test(text) && text.length <= 80;
}

/** Management roles manage people; a product, project or account manager does not, so those titles are excluded. */
const MANAGER = /\b(manager|director|head of|vp|vice president|chief|supervisor|cto|ceo|cfo|coo|superintendent|team lead|people lead)\b/i;
const NOT_PEOPLE_MANAGER = /\b(product|project|program|programme|account|community|content|brand|marketing|case|relationship|portfolio|release|configuration|social media|partner|channel|campaign|category|event|events|communications|contract|risk|data|knowledge|asset|property) manager\b/i;

export function managesPeople(title: string, track: string): boolean {
  if (/\b(management|leadership)\b/i.test(track) && !/\b(product|project|program|programme|account|risk|data|knowledge|asset|property) management\b/i.test(track)) return true;
  if (!MANAGER.test(title)) return false;
  return !NOT_PEOPLE_MANAGER.test(title) || /\b(director|head of|vp|vice president|chief)\b/i.test(title);
}
