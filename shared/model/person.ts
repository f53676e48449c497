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
