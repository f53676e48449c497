// Who is using the add-on: the signed-in user's email (userinfo.email scope), matched to the people on a plan.
import type { Person } from '../../../shared/model/person';
import type { Plan } from '../../../shared/model/plan';
import { gas } from './apps-script';

/**
 * Google's User.getEmail() reference: "If security policies do not allow access to the user's email address, this
 * method returns a blank string" (for instance for someone outside the Google Workspace domain the script belongs
 * to). Trellis cannot then tell whose step a plan's next step is, and says so on a card of its own.
 */
export class UnknownUserError extends Error {
  constructor() {
    super('Google did not tell Trellis which account is using it');
    this.name = 'UnknownUserError';
  }
}

export function currentEmail(): string {
  const email = gas().Session.getActiveUser().getEmail();
  if (!email) throw new UnknownUserError();
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
