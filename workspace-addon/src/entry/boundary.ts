// The one error boundary around every entry point: whatever goes wrong, the person gets a card that says what
// happened and what to do (never a stack trace), and the full error goes to the execution log.
import { ZodError } from 'zod';
import { FileFormatError } from '../../../shared/model/files';
import { UnknownRoleError } from '../../../shared/model/framework';
import { RouteError } from '../../../shared/lattice/routes';
import { WorkflowError } from '../../../shared/workflow/workflow';
import { MalformedCommandError } from '../../../shared/plan/command-schema';
import { messageCard } from '../cards/message-card';
import { navigate } from '../cards/kit';
import { TOO_LARGE_ADVICE } from '../cards/ksa-cards';
import { DriveAccessError } from '../drive/drive-files';
import { FrameworkTooLargeError } from '../drive/framework-files';
import { PlanNotSavedError } from '../drive/plan-files';
import { WorkTooLargeError } from '../drive/work-files';
import type { Card } from '../platform/apps-script';
import type { AddonEvent } from '../platform/event';
import { errorMessage } from '../platform/error-message';
import { BusyError } from '../platform/script-lock';
import { UnknownUserError } from '../platform/session';
import { FormError } from '../workflow/commands-from-card';

/** A place in a plan or framework, in words: "approvers[0].email" -> "approver 1’s email". */
function placeInWords(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if (typeof key === 'number') continue;
    const name = String(key).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    words.push(typeof next === 'number' ? `${name.replace(/s$/, '')} ${next + 1}` : name);
  }
  return words.length ? words.join(' › ') : 'the whole entry';
}

/** A schema's complaint (ZodError) as lines a person can act on, never the raw dump. */
function readableIssues(error: ZodError): string[] {
  return error.issues.map((issue) => {
    const what = /email/i.test(issue.message) || issue.path[issue.path.length - 1] === 'email' ? 'is not a valid email address ("name@example.com")' : issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
    return `${placeInWords(issue.path)}: ${what}`;
  });
}

/** The card that explains an error to the person who hit it. */
export function errorCard(error: unknown): Card {
  if (error instanceof MalformedCommandError) return errorCard(error.zod);
  if (error instanceof UnknownUserError) {
    return messageCard('Trellis cannot tell who you are', 'Google did not give Trellis your account\'s email address, which it needs to know whose step on a career path is yours. Google withholds it when a security policy does not allow it, typically when your account is not in the Google Workspace organisation Trellis was installed for. What to do:', [
      'Open Trellis with your work account, the one your career path names (switch accounts from your picture at the top right, then reopen this file or event).',
      'If you already use your work account, ask your Google Workspace administrator to install Trellis for your organisation (Admin console › Apps › Google Workspace Marketplace apps), or to allow it under Security › API controls.',
      'Nothing was changed.',
    ]);
  }
  if (error instanceof ZodError) return messageCard('Some of what was entered is not valid', 'Trellis checks every change against the plan and framework formats before saving it. Correct these and try again:', readableIssues(error));
  if (error instanceof WorkflowError) {
    const title = error.code === 'incomplete' ? 'Not yet: some steps are missing' : error.code === 'not-allowed' ? 'This step is not yours to take' : 'That is not possible now';
    const message = error.missing.length ? error.message.slice(0, error.message.length - error.missing.join('; ').length - 2) : error.message;
    return messageCard(title, `${capitalise(message)}.`, error.missing);
  }
  if (error instanceof FormError) return messageCard('Please check the form', `${capitalise(error.message)}. Nothing was saved.`);
  if (error instanceof FileFormatError) return messageCard('This file cannot be read', `${error.file} is not a Trellis file this version can read. Nothing was changed.`, error.problems);
  if (error instanceof DriveAccessError || error instanceof BusyError) return messageCard('Google Drive', error.message);
  if (error instanceof PlanNotSavedError) return messageCard('Your career path is not saved yet', error.message);
  if (error instanceof FrameworkTooLargeError || error instanceof WorkTooLargeError) return messageCard('Too large for Google Workspace', `${capitalise(error.message)}. ${TOO_LARGE_ADVICE}`);
  if (error instanceof RouteError || error instanceof UnknownRoleError) return messageCard('No way there in this framework', `${capitalise(error.message)}.`);
  const message = errorMessage(error);
  // an unexpected failure can come after some of the work was written: say so rather than promise nothing was
  return messageCard('Something went wrong', `Trellis could not finish this (${message}). Part of it may already be saved: open the plan or the file again to see where it stands before you try again. If it happens again, tell whoever set up Trellis.`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function log(name: string, error: unknown): void {
  console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

/** A trigger (homepage, file scope granted, item selected, event open): returns cards, or the error card. */
export function cardTrigger<R>(name: string, fn: (e: AddonEvent) => R): (e: AddonEvent) => R | Card[] {
  return (e) => {
    try {
      return fn(e ?? {});
    } catch (error) {
      log(name, error);
      return [errorCard(error)];
    }
  };
}

/** A card action: returns an action response, or pushes the error card. */
export function cardAction<R>(name: string, fn: (e: AddonEvent) => R): (e: AddonEvent) => R | ReturnType<typeof navigate> {
  return (e) => {
    try {
      return fn(e ?? {});
    } catch (error) {
      log(name, error);
      return navigate(errorCard(error), 'push');
    }
  };
}
