// The start card in every host: the career paths this person is part of, and what Trellis does where they are.
import type { CardSection, DriveFileResource } from '../platform/apps-script';
import { button, card, decorated, plain, section } from './kit';

const HINTS: Record<string, string> = {
  DOCS: 'Open the job description of the role you want and turn it into a career path from this panel.',
  SHEETS: 'HR: open your department’s KSA matrix to validate it or publish it as a framework.',
  DRIVE: 'Select a plan (.plan.json) in the Career paths folder to see where it stands; select a framework file to use it.',
  CALENDAR: 'Open a one-on-one to get the development questions for its last 15 minutes.',
};

function planRow(file: DriveFileResource, note: string) {
  const p = file.appProperties ?? {};
  return decorated(note, (file.name ?? '').replace(/\.plan\.json$/, ''), `revision ${p.trellisRevision ?? '?'}`, button('Open', 'planOpen', { fileId: file.id ?? '' }));
}

export function homeCard(host: string, planFiles: DriveFileResource[], me: string, extra: CardSection[] = []) {
  const mine = planFiles.filter((f) => f.appProperties?.trellisEmployee === me);
  const managed = planFiles.filter((f) => f.appProperties?.trellisManager === me && f.appProperties?.trellisEmployee !== me);
  const others = planFiles.filter((f) => !mine.includes(f) && !managed.includes(f));
  const sections: CardSection[] = [...extra];
  sections.push(section('Your career path', mine.length ? mine.map((f) => planRow(f, 'You')) : [plain('You have no career path yet. Start from the job description of the role you want, in Google Docs.')]));
  if (managed.length) sections.push(section('People you manage', managed.map((f) => planRow(f, 'As manager')), { visible: 5 }));
  if (others.length) sections.push(section('Other plans shared with you', others.map((f) => planRow(f, 'Shared with you')), { visible: 5 }));
  sections.push(section('Here', [plain(HINTS[host] ?? HINTS.DRIVE!)]));
  return card({ name: 'home', title: 'Trellis', subtitle: 'Career paths you and your manager keep alive', sections });
}
