// `npm run realdata:calendar [folder]`: runs Trellis's Calendar reader over real captures of Calendar's event
// popover (read at run time from the folder, never copied into the repo; default ../trellis-corpus/calendar) and
// scores it against the facts a person wrote down from each capture (facts.json beside them): title, guests and
// their count, organiser, start and end, one-on-one or not; and over real parts of the full event editor (entries
// with "kind": "editor-details"), whether the title reader keeps off their fields. Prints the tuning and the check
// half apart.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { detectOneOnOne } from '../shared/meetings/one-on-one';
import { encodeEventId } from '../extension/fixtures/calendar/calendar-fixture.js';

interface Fact { kind?: 'popover'; file: string; half: 'tuning' | 'check'; now: string; title: string; guestCount: number; guests: number; organizer: string; start: string; end: string; oneOnOne: boolean }
/** A real part of the full event editor without the title field; `title` is the one put back above it. */
interface EditorFact { kind: 'editor-details'; file: string; half: 'tuning' | 'check'; title: string }

const here = dirname(fileURLToPath(import.meta.url));
const dir = resolve(process.argv[2] ?? process.env.TRELLIS_CALENDAR_CORPUS ?? join(here, '../../trellis-corpus/calendar'));
const factsFile = join(dir, 'facts.json');
if (!existsSync(factsFile)) {
  process.stderr.write(`realdata:calendar: ${factsFile} does not exist: pass the folder holding the captures and their facts.json as the first argument\n`);
  process.exit(2);
}
const window = new Window({ url: 'https://calendar.google.com/calendar/u/0/r/week' });
// the reader uses the DOM's globals, as in the browser
Object.assign(globalThis, { HTMLElement: window.HTMLElement, HTMLInputElement: window.HTMLInputElement, NodeFilter: window.NodeFilter, CSS: window.CSS });
const { readPopover, findVisiblePopover, readEditPage } = await import('../extension/src/calendar/read-event');

/**
 * The capture as Calendar had it, where its author cut it: a redacted data-eventid is put back from the event id
 * and calendar the capture's own jslog attributes carry; a fragment without the dialog is put back inside one.
 */
function restore(html: string): { html: string; repairs: string[] } {
  const repairs: string[] = [];
  const ids = /jslog="\d+; 2:\[&quot;([a-z0-9_]+)&quot;,&quot;([^&]+)&quot;/.exec(html);
  const eventId = ids ? encodeEventId(ids[1]!, ids[2]!) : undefined;
  if (eventId && /data-eventid="REDACTED"/.test(html)) {
    html = html.replace(/data-eventid="REDACTED"/g, `data-eventid="${eventId}"`);
    repairs.push('data-eventid put back from jslog');
  }
  if (!/role="dialog"/.test(html)) {
    html = `<div role="dialog" aria-labelledby="rAECCd"><span><div id="xDetDlg" data-eventid="${eventId ?? ''}">${html}</div></span></div>`;
    repairs.push('fragment put back inside a dialog and #xDetDlg');
  }
  return { html, repairs };
}

const hhmm = (iso: string | undefined) => (iso ? new Date(iso).toTimeString().slice(0, 5) : '-');
const entries = (JSON.parse(readFileSync(factsFile, 'utf8')) as { captures: (Fact | EditorFact)[] }).captures;
const score: Record<string, { right: number; all: number }> = { tuning: { right: 0, all: 0 }, check: { right: 0, all: 0 } };
function tally(half: 'tuning' | 'check', what: string, got: unknown, want: unknown): void {
  const ok = got === want;
  score[half]!.all++;
  if (ok) score[half]!.right++;
  process.stdout.write(`${ok ? 'ok  ' : 'MISS'} ${what}: ${String(got)}${ok ? '' : ` (expected ${String(want)})`}\n`);
}

// The editor's Event details tab as Calendar had it, inside the page's main region at an event's address: with no
// title field the reader must read no title (not the hidden field or the Location); with a title field put back
// above the tab under another id (a renamed #xTiIn) the fallback must read that field, and the tab holds no guests.
const editUrl = `https://calendar.google.com/calendar/u/0/r/eventedit/${encodeEventId('realdatacheck', 'owner@example.com')}`;
for (const fact of entries.filter((f): f is EditorFact => f.kind === 'editor-details')) {
  process.stdout.write(`\n## ${fact.file} (${fact.half} half) [put inside role=main]\n`);
  const doc = window.document;
  doc.body.innerHTML = `<div role="main">${readFileSync(join(dir, fact.file), 'utf8')}</div>`;
  const bare = readEditPage(doc as unknown as Document, editUrl, { now: new Date() });
  tally(fact.half, 'no title read without a title field', bare?.facts.title, undefined);
  const title = doc.createElement('input');
  title.setAttribute('type', 'text');
  title.setAttribute('value', fact.title);
  doc.querySelector('[role="main"]')!.prepend(title);
  const read = readEditPage(doc as unknown as Document, editUrl, { now: new Date() });
  tally(fact.half, 'title read by the fallback', read?.facts.title, fact.title);
  tally(fact.half, 'guest rows read from the details tab', read?.seenGuests.length, 0);
}

const facts = entries.filter((f): f is Fact => f.kind !== 'editor-details');
for (const fact of facts) {
  const { html, repairs } = restore(readFileSync(join(dir, fact.file), 'utf8'));
  const doc = window.document;
  doc.body.innerHTML = html;
  const dialog = findVisiblePopover(doc as unknown as Document);
  const meeting = dialog && readPopover(dialog, { now: new Date(fact.now), todayInView: true });
  const organizer = meeting?.facts.attendees.find((a) => a.organizer)?.email;
  const checks: [string, unknown, unknown][] = [
    ['title', meeting?.facts.title, fact.title],
    ['guest count', meeting?.quality.guestCount, fact.guestCount],
    ['guests read', meeting?.facts.attendees.length, fact.guests],
    ['organiser', organizer, fact.organizer],
    ['start', hhmm(meeting?.times?.start), fact.start],
    ['end', hhmm(meeting?.times?.end), fact.end],
    ['one-on-one', meeting ? detectOneOnOne(meeting.facts).oneOnOne : undefined, fact.oneOnOne],
    ['read completely', meeting?.quality.missing.length === 0, true],
  ];
  process.stdout.write(`\n## ${fact.file} (${fact.half} half)${repairs.length ? ` [${repairs.join('; ')}]` : ''}\n`);
  for (const [what, got, want] of checks) tally(fact.half, what, got, want);
  if (meeting?.quality.missing.length) process.stdout.write(`     not read: ${meeting.quality.missing.join('; ')}\n`);
  // The same capture trimmed to a one-on-one: the row of the calendar's owner (who looks at it) and the first other
  // row kept, the summary saying 2.
  const owner = meeting?.facts.selfEmail;
  const all = [...doc.querySelectorAll('[role="tree"] [role="treeitem"]')];
  const rows = [all.find((r) => r.getAttribute('data-email') === owner), all.find((r) => r.getAttribute('data-email') !== owner)];
  for (const row of all) if (!rows.includes(row)) row.remove();
  const summary = doc.querySelector('#xDetDlgAtt');
  const countText = summary && [...summary.querySelectorAll('*')].find((el) => el.children.length === 0 && /^\d+\s/.test(el.textContent ?? ''));
  if (countText) countText.textContent = (countText.textContent ?? '').replace(/^\d+/, '2');
  const trimmed = dialog && readPopover(dialog, { now: new Date(fact.now), todayInView: true });
  const verdict = trimmed && detectOneOnOne(trimmed.facts);
  const ok = verdict?.oneOnOne === true && trimmed?.quality.missing.length === 0 && verdict.other?.email === rows[1]?.getAttribute('data-email');
  score[fact.half]!.all++;
  if (ok) score[fact.half]!.right++;
  process.stdout.write(`${ok ? 'ok  ' : 'MISS'} trimmed to two guests: one-on-one ${String(verdict?.oneOnOne)}, read completely ${trimmed?.quality.missing.length === 0}\n`);
}
process.stdout.write(`\nscore: tuning ${score.tuning!.right}/${score.tuning!.all}, check ${score.check!.right}/${score.check!.all}\n`);
await window.happyDOM.close();
process.exit(score.check!.right === score.check!.all && score.tuning!.right === score.tuning!.all ? 0 : 1);
