// A person as plans name them: a display name and, where known, the email that identifies them across tools.
import { z } from 'zod';
import { nameKey } from './names';

export const PersonSchema = z.object({
  name: z.string().min(1),
  email: z.string().email().optional(),
});
export type Person = z.infer<typeof PersonSchema>;

/** Two people are the same when their emails match, or, lacking emails, their names do. */
export function samePerson(a: Person | undefined, b: Person | undefined): boolean {
  if (!a || !b) return false;
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  return nameKey(a.name) === nameKey(b.name);
}

/**
 * A person as typed: "Dana Lee <dana@example.com>", "dana@example.com" or "Dana Lee". Returns the person, or the
 * problem in words (an email the plan file cannot hold, a name with stray "<" ">", an empty name).
 */
export function parsePersonText(text: string): { person: Person; problem?: undefined } | { person?: undefined; problem: string } {
  const t = text.trim();
  const m = /^([^<>]*?)\s*<([^<>]*)>$/.exec(t);
  const bareEmail = !m && /^[^\s@<>]+@[^\s@<>]+$/.test(t);
  const email = m ? m[2]!.trim() : bareEmail ? t : undefined;
  const name = m ? m[1]!.trim() || email! : t;
  if (!m && /[<>]/.test(t)) return { problem: 'write an email in one pair of "<" ">" after the name; a name cannot hold them' };
  if (!name) return { problem: 'the name is empty' };
  if (email !== undefined && !PersonSchema.shape.email.safeParse(email).success) return { problem: `"${email}" is not an email address` };
  return { person: email !== undefined ? { name, email } : { name } };
}
