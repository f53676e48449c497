// Sorts the sentences of a description without headings into what the role does, needs, and would like.

export type SentenceClass = 'responsibility' | 'requirement' | 'preferred' | 'summary';

/** Splits prose into sentences, keeping abbreviations such as "e.g." and "Sr." inside them. */
export function splitSentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+(?=["“'(]?[\p{Lu}\d])/u);
  const out: string[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /\b(e\.g|i\.e|etc|vs|sr|jr|mr|ms|dr|inc|no|approx)\.$/i.test(prev)) out[out.length - 1] = `${prev} ${part}`;
    else if (part.trim()) out.push(part.trim());
  }
  return out;
}

const PREFERRED = /^(ideally|bonus|nice[- ]to[- ]have|it would be (great|nice|a plus)|preferably|extra (points|credit)|even better|plus:)|\b(is|are|would be) (a )?(plus|bonus|advantage|nice to have|desirable|preferred)\b|\b(nice[- ]to[- ]have|bonus points?|preferred but not required|strongly preferred|a plus)\b/i;
const RESPONSIBILITY_START = /^(you will|you['’]ll|you are going to|you['’]re going to|your (role|job|day|work|mission|responsibilit)|in this role|day[- ]to[- ]day|as (a|an|the) [^,]{1,60}, you (will|['’]ll)|(will be |is )?responsible for|the role (involves|includes)|we need you to)/i;
const REQUIREMENT = /^(you (have|bring|are|possess|hold|need|must|should|can|know)|you['’]ve|we['’]re looking for|we are looking for|(the )?ideal candidate|candidates? (must|should|will)|must|required|requirements?|minimum|at least|deep|strong|solid|excellent|proven|demonstrated|extensive|significant|expert)\b|\b(\d+\+?\s*(years|yrs)|years of|experience (with|in|of|as)|degree|bachelor|knowledge of|proficien\w*|familiar(ity)? with|understanding of|ability to|skills\b|certif\w*|licen[cs]e|fluen\w*|background in|track record|expertise)/i;
const SUMMARY = /^(we are|we['’]re|our (company|mission|team|product)|founded in|about us|at [A-Z][\w.]*,? (we|our)|this (role|position) (is|sits|will)|the [^.]{1,60} (team|department) (is|builds|owns))/i;

/** How a sentence reads: "You will…" does, "You have… 5+ years" needs, "Ideally…" would like. */
export function classifySentence(sentence: string): SentenceClass {
  const s = sentence.trim();
  if (PREFERRED.test(s)) return 'preferred';
  if (RESPONSIBILITY_START.test(s)) return 'responsibility';
  if (REQUIREMENT.test(s)) return 'requirement';
  if (SUMMARY.test(s)) return 'summary';
  return 'responsibility';
}

/** Whether the classification came from a cue rather than the default. */
export function hasSentenceCue(sentence: string): boolean {
  const s = sentence.trim();
  return PREFERRED.test(s) || RESPONSIBILITY_START.test(s) || REQUIREMENT.test(s) || SUMMARY.test(s);
}
