// The one-on-one question bank: development questions for the last 15 minutes of every one-on-one.
import { z } from 'zod';
import { StageSchema } from '../model/plan';

export const TopicSchema = z.enum([
  'goals',
  'five-years',
  'future-role',
  'alignment',
  'next-skill',
  'strengths',
  'weaknesses',
  'barriers',
  'feedback',
  'progress',
  'recognition',
  'plan',
]);
export type Topic = z.infer<typeof TopicSchema>;

export const QuestionSchema = z.object({
  id: z.string().min(1),
  /** Plain text; {competency}, {targetRole}, {milestone} and {name} are filled in from the plan. */
  text: z.string().min(1),
  topic: TopicSchema,
  /** Stages it suits; empty means any stage, and also meetings with no linked plan. */
  stages: z.array(StageSchema).default([]),
  /** Added by the team rather than shipped with Trellis. */
  custom: z.boolean().default(false),
});
export type Question = z.infer<typeof QuestionSchema>;

// The questions themselves live apart from the schemas, so a surface that only shows them (the extension's
// content script) does not bundle zod.
export { BUILT_IN_QUESTIONS, teamBank } from './built-in-questions';
