// A US federal job's application questionnaire saved as text (USA Staffing's preview page): a "Position Title" / value
// header, eligibility questions, then the duties as numbered task statements each followed by the same A–E self-rating
// scale. Read as a job description: the title and agency from the header, each task once as a duty (never its answer
// options), the minimum qualification statements as requirements; eligibility and screen-out questions are not the job.
import type { Block, BlockDocument } from './blocks';

const HEADER_LABELS = new Set(['position title', 'agency', 'announcement number', 'open period', 'department', 'series', 'grade']);
/** The answer that marks a task statement: the first rung of the self-rating scale. */
/**
 * The first rung of a self-rating scale, as agencies word it: "I have not had education, training, or experience in
 * performing this task", "I have had no training or experience in performing this task", "I have no experience in
 * performing this work behavior, but I am willing to learn", "I do not have experience or demonstrated skill in
 * performing this activity/task".
 */
const TASK_SCALE = /^\s*A\.\s+(I have (not had|no) (education, training,? or experience|experience)|I (have (not had|had no|no)|do not have)\b.{0,80}?\b(in performing|performing this|to perform this))/i;
/** A knowledge scale's first rung ("I know little or nothing about this", "I have no knowledge of this area"): the item is something to know. */
const KNOWLEDGE_SCALE = /^\s*A\.\s+I (know little or nothing|have no knowledge)\b/i;
/** The question's wrapper around the task it names: "Select the option that best describes your experience writing reports." */
const TASK_WRAPPER = /^(?:(?:select|choose) the (?:option|choice|statement|response|one statement) that (?:best|most accurately) describes (?:your|the) (?:experience|ability|level of experience|training and experience)(?: in| with| to)?|indicate the extent to which you have)\s+/i;

/** "Do you have experience …?", "Do you have specialized experience …?": the experience the job asks for, as a yes/no question. */
const EXPERIENCE_QUESTION = /^do you have (?:any )?(?:(professional|specialized|supervisory) )?experience\b/i;

function taskText(question: string): string {
  const task = question.replace(TASK_WRAPPER, '').replace(/\.$/, '');
  return task === question.replace(/\.$/, '') ? question : `${task.charAt(0).toUpperCase()}${task.slice(1)}.`;
}
const OPTION = /^\s*[A-Z]\.\s+/;
const QUESTION = /^(\d{1,3})\.\s+(.*)$/;
const SECTION = /^(Eligibilities|Announcement Screen ?outs|Assessment \d+|Vacancy Questions?|Qualifications)\s*$/i;
const QUALIFYING = /\b(minimum qualifications?|specialized experience|basic (educational )?requirements?|best describes (your|the) (ability|education|experience)|individual occupational requirements)\b|^experience (for|at) (the )?(GS|grade)\b/i;

/** "Do you possess a current, full, active and unrestricted registration as a nurse…?": a licence the job requires. */
const CREDENTIAL_QUESTION = /\b(do|does) you (currently )?(possess|have|hold|maintain)\b[^?]*\b(licen[cs]e|licensure|registration|certification|certificate)\b/i;

function item(text: string, line: number): Block {
  return { type: 'list-item', text, runs: [{ text }], depth: 0, ordered: false, line };
}

/** The questionnaire as a job description, or undefined when the text is not one. */
export function questionnaireToBlocks(text: string, file?: string): BlockDocument | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim());
  if (first < 0 || lines[first]!.trim().toLowerCase() !== 'position title') return undefined;
  if (!lines.some((l) => TASK_SCALE.test(l) || OPTION.test(l))) return undefined;

  const header = new Map<string, string>();
  let i = first;
  while (i < lines.length && HEADER_LABELS.has(lines[i]!.trim().toLowerCase())) {
    header.set(lines[i]!.trim().toLowerCase(), (lines[i + 1] ?? '').replace(/\s*Opens in new window\s*$/i, '').trim());
    i += 2;
  }
  const title = header.get('position title') ?? '';
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title, line: first + 1 }];
  const agency = header.get('agency');
  if (agency) blocks.push({ type: 'paragraph', text: `Department: ${agency}`, runs: [{ text: `Department: ${agency}` }], line: first + 4 });

  // questions: the numbered line, its body lines, and its options
  interface Question { line: number; text: string; body: string[]; options: string[]; section: string }
  const questions: Question[] = [];
  let section = '';
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (!line) continue;
    if (SECTION.test(line)) {
      section = line;
      continue;
    }
    const q = QUESTION.exec(line);
    if (q) questions.push({ line: i + 1, text: q[2]!, body: [], options: [], section });
    else if (questions.length && OPTION.test(raw)) questions[questions.length - 1]!.options.push(line.replace(OPTION, ''));
    else if (questions.length) questions[questions.length - 1]!.body.push(line);
  }

  const duties: Block[] = [];
  const requirements: Block[] = [];
  const education: Block[] = [];
  const base = title.replace(/\s*\([^)]*\)/g, '').trim();
  const grade = (base && new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^.]{0,40}?\\b(GS-\\d{1,2})\\b`).exec(text)?.[1]) ?? /\bFor the (GS-\d{1,2})\b/.exec(text)?.[1];
  for (const q of questions) {
    if (/^eligibilit/i.test(q.section) || /screen ?outs/i.test(q.section)) continue;
    const isTask = q.options.length > 0 && TASK_SCALE.test(`A. ${q.options[0]}`);
    if (isTask) duties.push(item(taskText(q.text), q.line));
    else if (q.options.length > 0 && KNOWLEDGE_SCALE.test(`A. ${q.options[0]}`)) requirements.push(item(q.text, q.line));
    else if (EXPERIENCE_QUESTION.test(q.text) && q.options.length && q.options.every((o) => /^(yes|no)\b/i.test(o))) {
      // "Do you have experience analyzing scientific data?" asks for that experience; "… all of the following?" lists it below
      if (/\b(following|below)\s*[?:]?\s*$/i.test(q.text)) for (const b of q.body) requirements.push(item(b.replace(/^[•·*-]\s*/, ''), q.line));
      else {
        const kind = EXPERIENCE_QUESTION.exec(q.text)![1];
        const asked = `${kind ? `${kind.charAt(0).toUpperCase()}${kind.slice(1).toLowerCase()} experience` : 'Experience'}${q.text.replace(EXPERIENCE_QUESTION, '').replace(/\s*\?\s*$/, '.')}`;
        requirements.push(item(asked, q.line));
      }
    }
    // "Experience for GS-09" says little itself: its answers ("I possess one year of specialized experience…") say what qualifies
    else if (QUALIFYING.test(q.text) || q.body.some((b) => QUALIFYING.test(b)) || q.options.some((o) => /^I (have|possess)\b/i.test(o) && QUALIFYING.test(o))) {
      // the qualification as stated: the statements under the question, or its answer options that describe one
      const statements = q.body.filter((b) => /\b(experience|degree|education|semester hours|licen[cs]e|certif)/i.test(b) && !/^(IN ADDITION|NOTE|Select|For the|The following)\b/i.test(b) && !/^experience (for|at) (the )?(GS|grade)[\w -]*$/i.test(b));
      const options = q.options.filter((o) => /^I (have|possess)\b/i.test(o) && !/\b(not|do not|none)\b/i.test(o.slice(0, 40)));
      // the occupation's basic education requirement (a degree, or its combination with experience) is education
      // "… at the GS-07 grade level performing duties such as:" introduces examples; the statement ends before them
      for (const s of (statements.length ? statements : options).map((t) => t.replace(/,?\s*(performing (duties|work) )?(such as|including|like):\s*$/i, '.'))) (/^(degree|combination of education|education)\b/i.test(s) ? education : requirements).push(item(s, q.line));
    }
  }
  for (const q of questions) {
    if (/^eligibilit/i.test(q.section) || /screen ?outs/i.test(q.section)) continue;
    const asked = requirements.some((r) => r.line === q.line) || education.some((r) => r.line === q.line);
    if (asked || !CREDENTIAL_QUESTION.test(q.text)) continue;
    // asked as a question, kept as what the job requires: "A current … license to practice as a registered nurse"
    const statement = q.text.replace(/^.*?\b(do|does) you (currently )?(possess|have|hold|maintain)\s+/i, '').replace(/\s*\?\s*$/, '').replace(/^(a|an)\s+/i, '');
    requirements.push(item(statement.charAt(0).toUpperCase() + statement.slice(1), q.line));
  }
  if (grade) blocks.push({ type: 'paragraph', text: `Grade: ${grade}`, runs: [{ text: `Grade: ${grade}` }], line: first + 1 });
  if (duties.length) blocks.push({ type: 'heading', level: 2, text: 'Duties', line: duties[0]!.line }, ...duties);
  if (requirements.length) blocks.push({ type: 'heading', level: 2, text: 'Qualifications', line: requirements[0]!.line }, ...requirements);
  if (education.length) blocks.push({ type: 'heading', level: 2, text: 'Education', line: education[0]!.line }, ...education);
  const doc: BlockDocument = { blocks, title };
  if (file !== undefined) doc.file = file;
  return doc;
}
