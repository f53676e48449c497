// Puts each line of a job description where a person expects it, even when the page filed it under the wrong heading.
import { boilerplateOf } from './boilerplate';
import { experienceYearsIn, mentionsExperience } from './fields';
import { classifySentence } from './sentences';

export type ItemKind = 'responsibilities' | 'requirements' | 'preferred';

/** "Ideally…", "… is a plus", "Prefer 5+ years…", "Bachelor's degree preferred": wanted, not required. */
const PREFERRED_CUE = /^(ideally|pref+er+[ae]bly|prefer(red)?\b|bonus|nice[- ]to[- ]have|it would be (great|nice|a plus)|extra (points|credit)|even better|plus:)|\b(is|are|would be) (a )?(plus|bonus|advantage|nice to have|desirable|preferred)\b|\b(nice[- ]to[- ]have|bonus points?|(strongly )?preferred|a plus|an advantage|desirable|advantageous)\b/i;

/** A qualification a person brings, however it got under "Responsibilities": "15+ years of…", "Excellent communicator…". */
const QUALIFICATION_START = /^(\d+\s*\+?\s*(years?|yrs)|(at least|minimum( of)?|over|more than)\s+\S+\s+(years?|yrs)|proven|demonstrated|excellent|exceptional|exemplary|outstanding|strong (background|understanding|knowledge|experience|track record|communicator|analytical|written|verbal)|capacity to|ability to|able to|experience (with|in|of|as|building|managing|leading|running)|past experience|previous experience|prior experience|knowledge of|understanding of|proficien|familiar|fluen|bachelor|master['’]?s|degree|ph\.?d|certified|certification|licen[cs]ed|you (have|are|bring|possess|hold)|you['’](ve|re))/i;

/** A duty written under "Requirements": it starts with what the person will do. */
const DUTY_START = /^(plan and|lead (the|a|an|our)|manage (the|a|an|our)|own (the|a|an|our)|drive (the|a|an|our)|deliver (the|a|an|our)|build (the|a|an|our)|establish|oversee|partner with|coordinate|represent|act as|be (a|an|the) (leader|advocate|champion|point of contact)|define (the|a|an|our)|execute|implement|report on)\b/i;

/** Verbs a duty starts with, in the form a list of duties uses ("Process", "Administer"). */
const DUTY_VERB = /^(process|administer|manage|run|handle|own|support|coordinate|reconcile|prepare|review|maintain|ensure|oversee|calculate|track|answer|enrol|enroll|audit|approve|update|explain|advise|negotiate|design|implement)\b/i;

const NOT_VERBS = new Set(['skills', 'years', 'qualifications', 'requirements', 'certifications', 'degrees', 'communications', 'relationships', 'tools', 'systems', 'results', 'analytics', 'basics', 'economics', 'mathematics', 'statistics', 'ethics', 'logistics', 'is', 'has', 'was', 'does', 'this', 'its', 'us', 'as', 'plus', 'bonus', 'status', 'focus', 'business', 'sales', 'operations', 'services', 'products', 'processes', 'techniques', 'methods', 'principles', 'standards', 'metrics']);

/** "Works on …", "Preemptively goes through …": how a ladder says what someone at a level does. */
function startsWithDutyVerb(text: string): boolean {
  const m = /^(?:[A-Z][a-z]+ly\s+)?([A-Za-z][a-z]+(?:[^s]s|es))\b(?!\s+(?:are|is|of|in|with|for)\b)/.exec(text);
  return !!m && /^[A-Z]/.test(text) && !NOT_VERBS.has(m[1]!.toLowerCase());
}

export function isPreferred(text: string): boolean {
  return PREFERRED_CUE.test(text);
}

export function isQualification(text: string): boolean {
  return QUALIFICATION_START.test(text.trim()) || (experienceYearsIn(text) !== undefined && mentionsExperience(text));
}

/**
 * Years of experience, a degree, a credential, or a description of the person ("Excellent communicator …"): what a
 * person files as a requirement wherever a page lists it.
 */
function isHardQualification(text: string): boolean {
  const t = text.trim();
  return (experienceYearsIn(t) !== undefined && mentionsExperience(t)) || /^(excellent|exceptional|outstanding|strong|great|effective|natural)\s+(communicator|writer|presenter|negotiator|team player|self-starter|problem[- ]solver)\b/i.test(t) || /^(\d+\s*\+?\s*(years?|yrs)|(at least|minimum( of)?|over|more than)\s+\S+\s+(years?|yrs)|bachelor|master['’]?s|(a |an )?degree|ph\.?d|certified|certification|licen[cs]ed)/i.test(t);
}

/** A preference followed by the alternatives that are also accepted. */
const OTHERS_CONSIDERED = /\b(preferred|preferably|ideally)\b[^.;]*?\bbut\b[^.;]*?\b(considered|accepted|acceptable|welcome)\b/gi;

/**
 * Where an item read under a section of kind `section` belongs; undefined when it is boilerplate
 * (benefits, hiring process, equal opportunity) and no requirement at all.
 */
export function placeItem(text: string, section: ItemKind | 'unknown'): ItemKind | undefined {
  // a bullet under a list heading that starts "We are…" is what the role asks, not the company talking about itself
  const boilerplate = boilerplateOf(text);
  // "Process 401(k) and benefit changes" under Responsibilities is payroll's duty, not the company's perks
  const duty = boilerplate === 'benefits' && section === 'responsibilities' && (DUTY_VERB.test(text.trim()) || startsWithDutyVerb(text.trim()));
  if (boilerplate && !duty && !(boilerplate === 'company' && section !== 'unknown')) return undefined;
  if (section === 'preferred') return 'preferred';
  if (section === 'unknown') {
    // "Works on …", "Preemptively goes through …": a ladder describing what someone at this level does
    if (startsWithDutyVerb(text.trim()) && !isPreferred(text)) return isQualification(text) ? 'requirements' : 'responsibilities';
    const cls = classifySentence(text);
    if (cls === 'preferred' || (cls === 'requirement' && isPreferred(text))) return 'preferred';
    if (cls === 'requirement' || isQualification(text)) return 'requirements';
    return cls === 'summary' ? undefined : 'responsibilities';
  }
  if (section === 'responsibilities') {
    // only a hard qualification leaves the duties it was listed with ("15+ years of experience", "a degree in …");
    // "Proficient with accruals" or "Experience with performance problems" there is counted as the page lists it
    if (isHardQualification(text)) return isPreferred(text) ? 'preferred' : 'requirements';
    return 'responsibilities';
  }
  // "Docker / Kubernetes experience required (Spinnaker preferred)": an aside about an extra does not make the item optional
  // "a degree in statistics preferred but other degrees or equivalent experience will also be considered": something
  // is still required, the preference is only which
  if (isPreferred(text.replace(/\([^)]*\)/g, ' ').replace(OTHERS_CONSIDERED, ' '))) return 'preferred';
  if (DUTY_START.test(text.trim())) return 'responsibilities';
  return 'requirements';
}
