// Recognises the parts of a job posting that are not about the job: company blurbs, benefits, how to apply, equal opportunity.

export type Boilerplate = 'company' | 'benefits' | 'process' | 'pointer';

const EQUAL_OPPORTUNITY = /\b(equal (employment )?opportunit\w*|affirmative action|without regard to|regardless of (race|gender|age|religion)|reasonable accommodation|protected (veteran|characteristic|class)|(race|religion|colou?r|national origin|sexual orientation|gender identity)[, ]+(?:\w+[, ]+){0,4}(disability|veteran|age)\b|diverse candidates|we celebrate diversity|e-?verify)/i;
const BENEFITS = /\b(we offer|we provide|our benefits|benefits (include|package)|health(care)? (insurance|benefits|plan)|dental (insurance|plan|cover)|vision insurance|401\s?\(?k\)?|pension (plan|scheme)|stock options|equity (package|grant)|paid (time off|leave|holidays)|parental leave|annual leave|days? (of )?(holiday|vacation)|salary (range|band)|compensation (range|package|calculator)|base salary|competitive (salary|pay|compensation)|bonus scheme|wellness (allowance|stipend)|learning (budget|allowance)|home office (budget|stipend))/i;
const PROCESS = /\b(to apply(?= for\b| now\b| online\b| today\b|[.,:;!]|$)|how to apply(?= for\b| now\b|[.,:;!]|$)|apply (now|today|online|via|through|here)|please (send|submit|apply|include)|send (us )?your (cv|resume|résumé|application)|cover letter|(hiring|interview|recruitment|application) process|screening call|qualified candidates will|candidates (can|will) (expect|be invited)|successful candidates|shortlisted|closing date|we (will|may) (contact|review)|background check|right to work|visa sponsorship|recruitment agencies|(this|the) (opportunity|position|role|vacancy) is (currently |only )*(open|available) (only )?to|apply anyway|apply even if|tell us why you|(tick|check|meet)(s|es)? (every|all|each) (box|of the (boxes|requirements|criteria|qualifications))|postulez|postuler|dites-nous pourquoi|coche\w* (pas )?toutes les cases|soumettre votre candidature)/i;
const COMPANY = /^((we are|we['’]re)(?! (looking|seeking|hiring|searching|recruiting))|founded in|our (company|mission|story|vision|culture|values) (is|are)|(about|at) [A-Z][\w.&]*,? (we|our) |about [A-Z][\w.&]* is |[A-Z][\w.&]* is (a|an|the) (leading|global|fast[- ]growing|growing|award[- ]winning|world)|headquartered in|backed by)/i;
const POINTER = /^(for (context|more (details|information))|see (this|the|our)|read more|learn more|more information|click|visit|find out more|check out)\b/i;

/** What kind of boilerplate a sentence is, or undefined when it may be about the job itself. */
export function boilerplateOf(sentence: string): Boilerplate | undefined {
  const s = sentence.trim();
  if (EQUAL_OPPORTUNITY.test(s) || PROCESS.test(s)) return 'process';
  if (BENEFITS.test(s)) return 'benefits';
  if (POINTER.test(s)) return 'pointer';
  if (COMPANY.test(s)) return 'company';
  return undefined;
}
