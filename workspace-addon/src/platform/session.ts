// Who is using the add-on: the signed-in user's email (userinfo.email scope), matched to the people on a plan.
import type { Person } from '../../../shared/model/person';
import type { Plan } from '../../../shared/model/plan';
import { gas } from './apps-script';

export function currentEmail(): string {
  const email = gas().Session.getActiveUser().getEmail();
  if (!email) throw new Error('Google did not tell Trellis who you are; reload the page and open Trellis again.');
  return email.toLowerCase();
}

/** The current user as the plan names them (their name on the plan, or their email). */
export function actorOn(plan: Pick<Plan, 'employee' | 'manager' | 'approvers'>): Person {
  const email = currentEmail();
  const known = [plan.employee, plan.manager, ...plan.approvers].find((p) => p.email?.toLowerCase() === email);
  return known ?? { name: email, email };
}

/** Now, as the ISO timestamp plans record. */
export function nowIso(): string {
  return new Date().toISOString();
}
