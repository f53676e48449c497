// Without a framework, proposes the competencies a job description asks for: the phrase after "experience with", "knowledge of" …
import { GENERIC_WORDS } from './synonyms';
import { singular, tokens } from './word-forms';

export interface ProposedCompetency {
  name: string;
  evidence: string;
  /** Dedup key: the name's words, singular, lower case. */
  key: string;
}

/** "experience with X", "knowledge of X" …: what follows names a competency. */
const CUE =
  /\b(?:(?:professional |hands-on |practical |proven |previous |prior |working |deep |strong |solid |some )?experience (?:with|in|of|using)|experience(?=\s+\w+ing\b)|experienced (?:with|in)|(?:working |deep |strong |solid |good |in-depth |thorough |basic )?knowledge of|(?:deep |strong |solid |good |basic )?understanding of|proficiency (?:in|with)|proficient (?:in|with|at)|skilled (?:in|at)|expertise (?:in|with)|expert (?:in|at)|familiarity with|familiar with|fluency in|fluent in|background in|competence in|grounding in|ability to|able to|capacity to)\s+([^.;:!?()]+)/gi;
/** "Strong communication skills" → communication. */
const SKILLS = /\b((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+skills\b/giu;

/** Words that end a competency phrase: a new clause or a qualifier about it. */
const STOP = new Set(['to', 'that', 'which', 'who', 'whom', 'while', 'where', 'when', 'including', 'such', 'variety', 'for', 'at', 'in', 'on', 'as', 'by', 'within', 'across', 'from', 'through', 'without', 'is', 'are', 'was', 'be', 'will', 'would', 'should', 'can', 'preferred', 'required', 'desirable', 'strongly', 'etc', 'eg', 'ie', 'if', 'so', 'than', 'plus', 'ideally', 'preferably', 'especially', 'particularly', 'like', 'whether', 'both', 'beyond', 'into', 'via', 'using', 'under', 'per', 'we', 'you', 'they', 'your', 'our', 'related', 'relating', 'associated', 'regarding']);
/** Words stripped from the start of a phrase: determiners and qualifiers. */
const LEADING = new Set(['but', 'however', 'also', 'robust', 'rigorous', 'genuine', 'and/or', 'a', 'an', 'the', 'any', 'all', 'other', 'some', 'our', 'your', 'their', 'these', 'this', 'those', 'its', 'relevant', 'professional', 'previous', 'prior', 'strong', 'solid', 'deep', 'good', 'great', 'excellent', 'proven', 'demonstrated', 'significant', 'extensive', 'hands-on', 'practical', 'modern', 'various', 'basic', 'advanced', 'working', 'general', 'broad', 'in-depth', 'thorough', 'full', 'fundamental', 'one', 'more', 'multiple', 'several', 'and', 'or', 'either', 'with', 'exemplary', 'effective', 'very', 'clear', 'concise', 'outstanding', 'exceptional', 'superb', 'high', 'highly', 'fine', 'tuned', 'fine-tuned', 'real', 'real-world', 'solid', 'sound', 'key', 'core', 'essential', 'necessary', 'appropriate', 'different', 'new', 'complex', 'large', 'small', 'similar', 'related', 'exquisite', 'superior', 'impeccable', 'stellar', 'refined', 'exemplary', 'demonstrable', 'confident', 'polished']);
/** Words stripped from the end. */
const TRAILING = new Set(['experience', 'skills', 'skill', 'knowledge', 'etc', 'and', 'or', 'the', 'a', 'an', 'of', 'well', 'needed', 'necessary', 'required', 'preferred']);
/** Phrases that are never a competency on their own. */
const NEVER = new Set(['but', 'robust', 'also', 'it', 'them', 'this', 'that', 'work', 'team', 'role', 'company', 'others', 'other', 'people', 'business', 'thing', 'value', 'our value', 'u', 'one', 'deadline', 'goal', 'result', 'environment', 'problem', 'issue', 'task', 'project', 'need', 'change', 'priority', 'way', 'time', 'area', 'variety', 'range', 'number', 'lot', 'level', 'year', 'month', 'field', 'industry', 'company value', 'travel', 'learn', 'grow', 'succeed', 'thrive', 'work independently', 'meet deadline', 'use', 'do', 'language', 'technology', 'tool', 'system', 'process', 'software', 'product', 'platform', 'organization', 'organisation', 'customer', 'stakeholder', 'leader', 'manager', 'desire', 'method', 'competency', 'competence', 'proposal', 'discussion', 'written', 'verbal', 'spoken', 'concept', 'idea', 'technical skill', 'soft skill', 'application', 'detail', 'opportunity', 'passion', 'interest', 'willingness', 'approach', 'mindset', 'attitude']);

/** A phrase naming people ("business and technology stakeholders") is who the work is with, not a skill. */
const PEOPLE = /^(stakeholders?|customers?|clients?|colleagues?|partners?|users?|teams?|peers?|people|staff|engineers?|leaders?|managers?|executives?)$/i;
/** Verbs a "… skills" phrase may start with ("you have excellent research skills"): the skill follows them. */
const BEFORE_A_SKILL = new Set(['have', 'has', 'had', 'possess', 'possesses', 'bring', 'brings', 'demonstrate', 'demonstrates', 'show', 'shows', 'use', 'uses', 'apply', 'applies', 'your', 'you', 'with', 'are', 'is']);
/** Words that trail off a phrase without naming anything ("web development and maybe even …"). */
const TRAILING_OFF = /^(maybe|even|perhaps|possibly|ideally|proactively|independently|effectively|quickly|well)$/i;

/** Turns "use GitLab" into "Using GitLab": an ability is named by what the person does. */
function gerund(verb: string): string {
  const v = verb.toLowerCase();
  if (v.endsWith('ing')) return verb;
  if (v === 'be') return 'being';
  if (/ie$/.test(v)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(v) && !/(ee|ye|oe)$/.test(v)) return `${verb.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(v)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}

function cleanPhrase(raw: string, isAbility: boolean, namesASkill = false): string | undefined {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const [i, word] of words.entries()) {
    // a comma inside the phrase stays ("federal, state and local regulations"); one at its end goes below
    const bare = word.replace(/[“”"'’]+$/g, '').replace(/,+$/, (c) => (i + 1 < words.length ? c : '')).replace(/^[“”"'‘]+/g, '');
    const lower = bare.toLowerCase();
    // "Ruby on Rails", "Google Workspace for Education": a name carries on through a small word
    const insideName = /^[A-Z]/.test(out[out.length - 1] ?? '') && /^[A-Z]/.test(words[i + 1] ?? '') && bare.length <= 3;
    if (!bare || (STOP.has(lower) && !insideName) || /^\d/.test(bare) || /^(e\.g|i\.e)\.?$/.test(lower)) break;
    out.push(bare);
    if (out.length > 8) return undefined;
  }
  if (namesASkill) {
    const verb = out.findIndex((w) => BEFORE_A_SKILL.has(w.toLowerCase()));
    if (verb >= 0) out.splice(0, verb + 1);
  }
  if (out.length) out[out.length - 1] = out[out.length - 1]!.replace(/,+$/, '');
  while (out.length && LEADING.has(out[0]!.toLowerCase())) out.shift();
  // "the use of cloud technologies", "understanding of survey analysis": what follows "of" is the skill
  if (out.length > 2 && /^(use|usage|understanding|knowledge|application|awareness|principles)$/i.test(out[0]!) && out[1]!.toLowerCase() === 'of') {
    out.splice(0, 2);
    while (out.length && LEADING.has(out[0]!.toLowerCase())) out.shift();
  }
  while (out.length && (TRAILING.has(out[out.length - 1]!.toLowerCase()) || TRAILING_OFF.test(out[out.length - 1]!))) out.pop();
  if (!out.length) return undefined;
  if (isAbility) {
    while (out.length > 1 && /ly$/i.test(out[0]!)) out.shift(); // "easily transition" → "transition"
    // an ability needs an object: "use GitLab", not just "thrive"
    if (out.length < 2 || /^(moderate|complex|simple|high|low|large|small|new|multiple|different|various|difficult|well|effectively|quickly)$/i.test(out[out.length - 1]!) || ['be', 'have', 'get', 'make', 'do', 'work', 'take', 'travel', 'meet', 'see', 'learn', 'thrive', 'grow', 'adapt'].includes(out[0]!.toLowerCase())) return undefined;
    out[0] = gerund(out[0]!);
  }
  const phrase = out.join(' ');
  const ws = tokens(phrase).map(singular);
  const k = ws.join(' ');
  if (phrase.length < 2 || NEVER.has(k) || (ws.length === 1 && GENERIC_WORDS.has(ws[0]!))) return undefined;
  // "hiring and interviewing engineers" is an activity; "business and technology stakeholders" only people
  if ((PEOPLE.test(out[out.length - 1]!) && !out.some((w) => /ing$/i.test(w))) || /^(and|or|but)$/i.test(out[out.length - 1]!)) return undefined;
  // a lone verb ("delivering, accelerating, and expanding …", "supporting both …") names no competency
  if (ws.length === 1 && /ing$/.test(ws[0]!) && !isAbility && !namesASkill) return undefined;
  if (ws.length > 5) return undefined;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** Splits "Python, Go and Rust" into its parts; keeps "performance and optimization" whole when it is not a list. */
/** The phrase up to the first word that starts a new clause ("for services that …"), names kept whole ("Ruby on Rails"). */
function untilStop(text: string): string {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  for (const [i, word] of words.entries()) {
    const lower = word.toLowerCase().replace(/[^\p{L}\p{N}]+$/u, '');
    const insideName = /^[A-Z]/.test(out[out.length - 1] ?? '') && /^[A-Z]/.test(words[i + 1] ?? '') && lower.length <= 3;
    if (STOP.has(lower) && !insideName) break;
    out.push(word);
  }
  return out.join(' ');
}

function listParts(text: string): string[] {
  // ", and a habit of testing" starts a new clause, not another list entry
  const clause = text.split(/,\s+(?:and|or)\s+(?=(?:a|an|the|other|to|be|have)\b)/i)[0]!;
  const commaParts = untilStop(clause).split(/\s*,\s*/).filter(Boolean);
  let parts = commaParts.length < 2 ? commaParts : [...commaParts.slice(0, -1), ...commaParts[commaParts.length - 1]!.split(/\s+(?:and|&)\s+/)];
  // "federal, state and local regulations": lower-case single words before a longer last part share its noun
  if (parts.length > 1 && parts.slice(0, -1).every((p) => /^[a-z][\p{L}-]*$/u.test(p.trim())) && /\s/.test(parts[parts.length - 1]!.trim().replace(/^(and|or|&)\s+/i, ''))) parts = [untilStop(clause)];
  // alternatives are separate competencies; "Python and Go" (two names) too, "performance and optimization" stays whole
  return parts.flatMap((p) => p.split(/\s+(?:or|and\/or)\s+/)).flatMap((p) => (/^[A-Z]\S*\s+and\s+\S/.test(p) ? p.split(/\s+and\s+/) : [p]));
}

/** Candidate competencies a sentence asks for, deduplicated by key. */
export function proposeCompetencies(sentence: string): ProposedCompetency[] {
  const found: ProposedCompetency[] = [];
  const add = (name: string | undefined) => {
    if (!name) return;
    const key = tokens(name).map(singular).join(' ');
    if (key && !found.some((f) => f.key === key)) found.push({ name, evidence: sentence, key });
  };
  for (const m of sentence.matchAll(CUE)) {
    const cue = m[0].slice(0, m[0].length - m[1]!.length).toLowerCase();
    const isAbility = /\b(ability|able|capacity) to\s*$/.test(cue);
    // "experience in a variety of areas such as A, B and C": the examples are the competencies
    const examples = /\b(?:such as|including|e\.g\.,?)\s+(.+)$/i.exec(m[1]!);
    if (examples && !/\b(ability|able|capacity) to\s*$/.test(m[0].slice(0, m[0].length - m[1]!.length).toLowerCase())) {
      for (const part of listParts(examples[1]!.replace(/\b(e\.g\.|i\.e\.)/gi, ','))) add(cleanPhrase(part, false));
      continue;
    }
    const body = m[1]!.replace(/\b(e\.g\.|i\.e\.)/gi, ',');
    // "ability to multitask and handle interruptions": one ability at a time (a lone verb before "and" is one)
    if (isAbility) {
      const first = body.split(/\s*,\s*/)[0]!;
      const [verb] = first.split(/\s+and\s+/);
      add(cleanPhrase(verb!.trim().split(/\s+/).length === 1 ? verb! : first, true));
    }
    else if (/experience\s*$/i.test(cue)) {
      // "experience hiring and interviewing engineers": a short activity, never a list of them
      const activity = untilStop(body.split(/\s*,\s*/)[0]!);
      if (!/,/.test(untilStop(body)) && activity.split(/\s+/).length <= 4) add(cleanPhrase(activity, false));
    } else for (const part of listParts(body)) add(cleanPhrase(part, false));
  }
  if (/skills\b/i.test(sentence)) for (const m of sentence.matchAll(SKILLS)) {
    // "instincts and problem-solving skills": the skill is the last of the joined words
    const cleaned = cleanPhrase(m[1]!.split(/\s+(?:and|or|&)\s+/).pop()!, false, true);
    // "analytical skills", "organizational skills": an adjective keeps "skills" to read as a name
    // "technical skills", "soft skills" name no skill in particular
    if (cleaned && !NEVER.has(`${tokens(cleaned).map(singular).join(' ')} skill`)) add(/(al|ive|ic)$/i.test(cleaned) ? `${cleaned} skills` : cleaned);
  }
  return found;
}
