// The development questions shipped with Trellis, and a team's bank built from them: plain data, no zod.
import type { Question, Topic } from './bank';

const q = (id: string, topic: Topic, text: string, stages: Question['stages'] = []): Question => ({ id, topic, text, stages, custom: false });

/** Questions shipped with Trellis. Ids are stable: teams disable them by id. */
export const BUILT_IN_QUESTIONS: readonly Question[] = [
  q('goals-beyond-role', 'goals', 'What would you like to be doing that goes beyond your current role?'),
  q('goals-energy', 'goals', 'Which parts of your work gave you the most energy lately, and how could you do more of them?'),
  q('goals-learn', 'goals', 'If you could learn one new thing this quarter, what would it be?'),
  q('five-years', 'five-years', 'Where do you see yourself in five years?'),
  q('five-years-story', 'five-years', 'Imagine it is five years from now and things went well: what are you working on?'),
  q('future-role-jd', 'future-role', 'Have you found or drafted the job description of the role you want next? What stands out in it?', ['objectives', 'alignment']),
  q('future-role-day', 'future-role', 'What does a good day look like in the role you are aiming for?', ['objectives', 'alignment']),
  q('future-role-target', 'future-role', 'What draws you to {targetRole}, and what worries you about it?', ['alignment', 'skills-and-gaps', 'active']),
  q('alignment-needs', 'alignment', 'Which needs of the team or company could this move answer?', ['alignment']),
  q('next-skill', 'next-skill', 'Which skill do you want to learn next, and why that one?'),
  q('next-skill-gap', 'next-skill', 'What would help you grow in {competency} over the next month?', ['skills-and-gaps', 'draft-plan', 'employee-review', 'active']),
  q('next-skill-looks-like', 'next-skill', 'At the level you are aiming for, the ladder describes {competency} as: “{looksLike}” Where do you already work like this, and where not yet?', ['skills-and-gaps', 'draft-plan', 'active']),
  q('next-skill-practice', 'next-skill', 'Where could you practise {competency} in your current work?', ['draft-plan', 'active']),
  q('strengths', 'strengths', 'Which strengths do you rely on most, and where could you use them more?'),
  q('strengths-others', 'strengths', 'What do colleagues come to you for?'),
  q('weaknesses', 'weaknesses', 'Which part of your work feels hardest right now?'),
  q('weaknesses-gap', 'weaknesses', 'On a scale of the framework, where would you place yourself in {competency} today, and why?', ['skills-and-gaps']),
  q('barriers', 'barriers', 'What is getting in the way of your development at the moment?'),
  q('barriers-time', 'barriers', 'Are you getting the development time the plan promises? What would protect it?', ['active', 'draft-plan']),
  q('feedback-ask', 'feedback', 'What feedback do you have for me as your manager?'),
  q('feedback-give', 'feedback', 'Is there feedback you would like from me on your recent work?'),
  q('feedback-plan', 'feedback', 'Does the draft plan feel realistic? What would you change?', ['draft-plan', 'employee-review', 'changes-requested']),
  q('progress-milestone', 'progress', 'How is "{milestone}" going, and what would move it forward this week?', ['approved', 'active']),
  q('progress-evidence', 'progress', 'What have you done since we last met that shows progress on your plan?', ['active']),
  q('recognition', 'recognition', 'What progress since our last one-on-one are you proud of?'),
  q('recognition-milestone', 'recognition', 'You finished a milestone: who should hear about it, and how shall we celebrate it?', ['active', 'achieved']),
  q('plan-review', 'plan', 'Leadership asked for changes: which ones shall we tackle first?', ['changes-requested']),
  q('plan-next-step', 'plan', 'What is the one next step on your career path we should agree on today?'),
];

/** The bank a team uses: the built-ins, their own questions (replacing a built-in of the same id), minus disabled ones. */
export function teamBank(custom: readonly Question[] = [], disabledIds: Iterable<string> = []): Question[] {
  const disabled = new Set(disabledIds);
  const byId = new Map<string, Question>();
  for (const question of BUILT_IN_QUESTIONS) byId.set(question.id, question);
  for (const question of custom) byId.set(question.id, { ...question, custom: true });
  return [...byId.values()].filter((question) => !disabled.has(question.id));
}
