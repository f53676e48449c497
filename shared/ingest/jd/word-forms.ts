// Words as a job description writes them: "communicating", "mentorship", "systems" all name what the catalogue calls them.

/** Lower-case word tokens; "&" reads as "and", hyphens and slashes split words ("decision-making", "CI/CD"). */
export function tokens(text: string): string[] {
  let t = text.toLowerCase();
  if (t.includes('&')) t = t.replace(/&/g, ' and ');
  if (/[’'`]/.test(t)) t = t.replace(/[’'`]s\b/g, '').replace(/[’'`]/g, '');
  // the Unicode-aware split only where it matters: most text is plain ASCII
  return t.split(/[^\x00-\x7f]/.test(t) ? /[^\p{L}\p{N}+#]+/u : /[^a-z0-9+#]+/).filter(Boolean);
}

/** The same words as `tokens`, in the text's own case: whether a word is capitalised tells a name from prose. */
export function casedTokens(text: string): string[] {
  let t = text;
  if (t.includes('&')) t = t.replace(/&/g, ' and ');
  if (/[’'`]/.test(t)) t = t.replace(/[’'`][sS]\b/g, '').replace(/[’'`]/g, '');
  return t.split(/[^\x00-\x7f]/.test(t) ? /[^\p{L}\p{N}+#]+/u : /[^A-Za-z0-9+#]+/).filter(Boolean);
}

/** The singular of a plural noun, conservatively ("abilities" → "ability", "systems" → "system", "analysis" stays). */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes|zzes)$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is|ics)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Stems whose bare noun names something other than the activity ("Accounting" → "account", "Prospecting" → "prospects", who are people). */
const OTHER_THING = new Set(['account', 'market', 'prospect']);

/**
 * The forms a catalogue word may take in prose. Generated from the catalogue side (not by stemming the
 * text), so "community" never becomes "communication" and "organ" never "organisation".
 */
export function wordForms(word: string): Set<string> {
  const w = singular(word.toLowerCase());
  const forms = new Set([w, `${w}s`, `${w}es`]);
  if (w.endsWith('y') && w.length > 3) forms.add(`${w.slice(0, -1)}ies`);
  const stems: string[] = [];
  const strip = (suffix: string, ...bases: string[]) => {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) stems.push(...bases.map((b) => w.slice(0, -suffix.length) + b));
  };
  strip('ication', 'icate', 'y');
  strip('ation', 'ate', 'e', '');
  strip('ition', 'ite', '');
  strip('ion', 'e', '');
  strip('ment', '');
  strip('ship', '');
  strip('ing', '', 'e');
  strip('ance', '');
  strip('ence', '');
  strip('ity', 'e', '');
  strip('ure', '');
  strip('er', '', 'e');
  strip('or', '', 'e');
  strip('ive', 'e', '');
  strip('ical', 'ic', 'y', '');
  strip('al', '');
  strip('e', '');
  if (!stems.length) stems.push(w);
  for (const stem of stems) {
    if (stem.length < 3) continue;
    // "accounts" are customers and "markets" places: the bare noun names another thing than the activity
    if (OTHER_THING.has(stem)) {
      for (const suffix of ['ed', 'ing']) forms.add(stem + suffix);
      continue;
    }
    forms.add(stem);
    // short stems ("cod", "hir") take only inflections, so "min" never reaches "minor"
    // no plural agent nouns: "user researchers", "line managers" are the colleagues, not the work
    const suffixes = stem.length < 4 ? ['s', 'es', 'ed', 'ing'] : ['s', 'es', 'ed', 'ing', 'er', 'or', 'ion', 'ions', 'ation', 'ations', 'ment', 'ments', 'ship', 'ive', 'ance', 'ence', 'ary'];
    for (const suffix of suffixes) forms.add(stem + suffix);
    if (/([bdgmnprt])\1$/.test(stem)) forms.add(stem.slice(0, -1));
    // e-dropping and consonant doubling: "code" → "coding", "plan" → "planning"
    if (stem.endsWith('e')) for (const suffix of ['ing', 'ion', 'ions', 'ation', 'ive', 'er', 'or', 'ed']) forms.add(stem.slice(0, -1) + suffix);
    if (/[^aeiou][aeiou][bdgmnprt]$/.test(stem) && stem.length <= 5) for (const suffix of ['ing', 'ed', 'er']) forms.add(stem + stem.slice(-1) + suffix);
  }
  return forms;
}

const formCache = new Map<string, Set<string>>();

/** Whether a token of the text is a form of a catalogue word. */
export function isFormOf(token: string, word: string): boolean {
  if (token === word) return true;
  let forms = formCache.get(word);
  if (!forms) {
    forms = wordForms(word);
    if (formCache.size > 5000) formCache.clear();
    formCache.set(word, forms);
  }
  return forms.has(token) || forms.has(singular(token));
}

/** Words that carry no meaning of their own in a competency name. */
export const FILLER = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'to', 'with', 'our', 'your', 'their', 'its', 'at', 'by', 'as', 'from', 'into', 'across', 'under', 'within']);
