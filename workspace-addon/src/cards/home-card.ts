// The start card in every host: the career paths this person is part of (paged: a card holds 100 widgets), and
// what Trellis does where they are.
import type { CardSection, DriveFileResource, Widget } from '../platform/apps-script';
import { button, buttons, card, decorated, plain, section } from './kit';

const HINTS: Record<string, string> = {
  DOCS: 'Open the job description of the role you want and turn it into a career path from this panel.',
  SHEETS: 'HR: open your department’s KSA matrix to validate it or publish it as a framework.',
  DRIVE: 'Select a plan (.plan.json) in the Career paths folder to see where it stands; select a framework file to use it.',
  CALENDAR: 'Open a one-on-one to get the development questions for its last 15 minutes.',
};

/** Plans listed per page of the home card. */
export const PLANS_PER_PAGE = 40;

type Group = 'mine' | 'managed' | 'others';
const GROUPS: { group: Group; header: string; note: string }[] = [
  { group: 'mine', header: 'Your career path', note: 'You' },
  { group: 'managed', header: 'People you manage', note: 'As manager' },
  { group: 'others', header: 'Other plans shared with you', note: 'Shared with you' },
];

function planRow(file: DriveFileResource, note: string): Widget {
  const p = file.appProperties ?? {};
  return decorated(note, (file.name ?? '').replace(/\.plan\.json$/, ''), `revision ${p.trellisRevision ?? '?'}`, button('Open', 'planOpen', { fileId: file.id ?? '' }));
}

function groupOf(file: DriveFileResource, me: string): Group {
  const p = file.appProperties ?? {};
  if (p.trellisEmployee === me) return 'mine';
  return p.trellisManager === me ? 'managed' : 'others';
}

export function homeCard(host: string, planFiles: DriveFileResource[], me: string, page = 0) {
  const rows = GROUPS.flatMap(({ group }) => planFiles.filter((f) => groupOf(f, me) === group).map((file) => ({ file, group })));
  const count = (group: Group) => rows.filter((r) => r.group === group).length;
  const pages = Math.max(1, Math.ceil(rows.length / PLANS_PER_PAGE));
  const at = Math.min(Math.max(0, page), pages - 1);
  const shown = rows.slice(at * PLANS_PER_PAGE, (at + 1) * PLANS_PER_PAGE);
  const sections: CardSection[] = [];
  if (!count('mine') && at === 0) sections.push(section('Your career path', [plain('You have no career path yet. Start from the job description of the role you want, in Google Docs.')]));
  for (const { group, header, note } of GROUPS) {
    const widgets = shown.filter((r) => r.group === group).map((r) => planRow(r.file, note));
    if (widgets.length) sections.push(section(group === 'mine' ? header : `${header} (${count(group)})`, widgets, group === 'mine' ? undefined : { visible: 5 }));
  }
  if (pages > 1) {
    const nav = [];
    if (at > 0) nav.push(button('Previous', 'homePage', { page: String(at - 1), host }));
    if (at < pages - 1) nav.push(button('Next', 'homePage', { page: String(at + 1), host }));
    sections.push(section(`Plans ${at * PLANS_PER_PAGE + 1}–${at * PLANS_PER_PAGE + shown.length} of ${rows.length}`, [buttons(...nav)]));
  }
  sections.push(section('Here', [plain(HINTS[host] ?? HINTS.DRIVE!)]));
  return card({ name: 'home', title: 'Trellis', subtitle: 'Career paths you and your manager keep alive', sections });
}
