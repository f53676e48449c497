// Career data is sensitive and often pasted from elsewhere: text people wrote reaches every card field so that it
// reads as typed: escaped in the fields Google formats (paragraphs, decorated text bodies, section headers), as
// it is in the plain ones (titles, labels, inputs); and the preview draws each field the same way.
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlan } from '../../shared/model/files';
import { ensureBuilt } from '../sandbox/ensure-built';
import { engineeringSheets } from '../sandbox/fixtures';
import type { FakeHost } from '../sandbox/host';
import { ALEX, alexAtObjectives, alexCreatesPlan, choiceValue, DANA, HR, hrPublishesFramework, MORGAN, newSandbox } from '../sandbox/scenario';
import { cardHtml, cardText } from '../preview/render-card';

beforeAll(() => ensureBuilt());

/** Every level picker on the card set to its fourth choice. */
const levelsOn = (p: FakeHost) => Object.fromEntries(p.card.sections.flatMap((s) => s.widgets).flatMap((w) => (w.kind === 'SelectionInput' && w.fieldName.startsWith('level:') ? [[w.fieldName, w.items[3]!.value]] : [])));

const attack = '<img src=x onerror="alert(1)"><b>bold</b> & more';

describe('untrusted text', () => {
  it('reaches the card escaped, so the card shows it as typed', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    alexCreatesPlan(host);
    const alex = host;
    workspace.as(ALEX);
    alex.click('Comment', { commentText: attack });
    const planFile = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
    expect(readPlan(planFile.content).comments[0]!.text).toBe(attack);
    const widgets = alex.card.sections.flatMap((s) => s.widgets);
    const shown = widgets.find((w) => w.kind === 'DecoratedText' && w.text.includes('onerror'));
    expect(shown && shown.kind === 'DecoratedText' ? shown.text : '').toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;b&gt;bold&lt;/b&gt; &amp; more');
    // the readable Google Doc is generated from escaped HTML as well
    const doc = workspace.drive.files.get(planFile.appProperties.trellisDocId!)!;
    expect(doc.content).not.toContain('<img');
  });

  it('is drawn as text by the preview; only the card’s own bold labels stay bold', () => {
    expect(cardText('<b>Readiness:</b> &lt;script&gt;x&lt;/script&gt;').value).toBe('<strong>Readiness:</strong> &lt;script&gt;x&lt;/script&gt;');
    expect(cardText('<img src=x onerror=alert(1)>').value).toBe('&lt;img src=x onerror=alert(1)&gt;');
    const html = cardHtml({ kind: 'Card', header: { title: attack }, sections: [{ collapsible: false, widgets: [{ kind: 'TextParagraph', text: attack }] }] }).value;
    expect(html).not.toMatch(/<img|<b>bold/);
  });

  it('shows names with apostrophes, ampersands and markup as typed in headers, labels and bodies alike', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    alexAtObjectives(host);
    host.click('Next: self-assessment', { yourName: "Siobhán O'Brien & Co", currentRole: choiceValue(host, 'currentRole', 'Engineer II'), goals: 'Lead', fiveYears: 'Staff', manager: `Dana <b>Lee</b> <${DANA}>`, approvers: `Morgan Chen <${MORGAN}>` });
    host.click('Create my career path', levelsOn(host));
    const card = host.card;
    // the card header is plain: set as typed, read as typed
    expect(card.header!.title).toBe("Career path: Siobhán O'Brien & Co");
    expect(card.header!.subtitle).toContain('Dana <b>Lee</b> (manager)');
    // a paragraph is formatted: escaped when set, read as typed
    const who = card.sections.flatMap((s) => s.widgets).find((w) => w.kind === 'TextParagraph' && w.text.includes('Who acts next'));
    expect(who && who.kind === 'TextParagraph' ? who.text : '').toContain('Dana &lt;b&gt;Lee&lt;/b&gt; (manager)');
    expect(host.text()).toMatch(/Who acts next: Dana <b>Lee<\/b> \(manager\) to review/);
    expect(host.text()).not.toMatch(/&amp;|&#39;|&lt;/);

    // labels are plain: a milestone's measure and a history entry carry people's words as typed
    const dana = host.panelFor(DANA);
    const planFile = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
    const fwFile = workspace.drive.filesNamed(/^engineering\.v1\.framework\.json$/)[0]!;
    const open = (p: FakeHost) => {
      p.openDrive([planFile, fwFile].map((f) => ({ id: f.id, title: f.name, mimeType: f.mimeType })));
      while (p.buttons().some((b) => b.text === 'Allow Trellis to open this file')) p.click('Allow Trellis to open this file');
      return p;
    };
    open(dana).click('Record the review', { companyNeeds: 'Needed' });
    open(host.panelFor(ALEX)).click('Accept this role');
    dana.click('Save manager assessment', levelsOn(open(dana)));
    dana.click('Assessment complete: draft the plan');
    dana.click('Edit milestones');
    const first = Object.keys(dana.formInputs()).find((k) => k.startsWith('measure:'))!;
    const measure = "<i>Two</i> reviews & a demo for O'Brien";
    dana.click('Save milestones', { [first]: measure });
    const label = dana.card.sections.flatMap((s) => s.widgets).find((w) => w.kind === 'DecoratedText' && w.bottomLabel === measure);
    expect(label).toBeDefined();
    expect(dana.text()).toContain(measure);
    dana.click('History');
    expect(dana.card.header!.title).toBe("History: Siobhán O'Brien & Co");
    expect(dana.text()).toMatch(/rev \d+ · [\d-]+ [\d:]+ · dana@example.com\s+Milestones edited/);
  });

  it('shows a section header with markup in a sheet’s name as typed', () => {
    const { workspace, host } = newSandbox();
    workspace.as(HR);
    const [matrix, transitions] = engineeringSheets();
    const file = workspace.addSpreadsheet(HR, { name: "R&D <core> O'Neil", sheets: [{ ...matrix!, name: 'R&D <core>' }, transitions!] });
    host.openSheets(file.id);
    host.click('Allow Trellis to read this spreadsheet');
    const header = host.card.sections.map((s) => s.header ?? '').find((h) => h.includes('sheets'))!;
    expect(header).toBe('2 sheets: R&amp;D &lt;core&gt;, Transitions');
    expect(host.text()).toContain('2 sheets: R&D <core>, Transitions');
    expect(host.card.header!.subtitle).toBe("R&D <core> O'Neil");
    host.click('Validate');
    expect(host.text()).toMatch(/What was read\s+R&D <core>\s+matrix/);
  });

  it('is drawn by the preview the way Google shows each field: labels and titles as typed, escaped once', () => {
    const value = cardHtml({ kind: 'Card', header: { title: "O'Brien & Co", subtitle: '<b>x</b>' }, sections: [{ collapsible: false, header: 'R&amp;D', widgets: [{ kind: 'DecoratedText', topLabel: "O'Brien & Co", text: 'Body &amp; more', bottomLabel: '<i>measure</i>' }] }] }).value;
    expect(value).toContain('<div class="title">O&#39;Brien &amp; Co</div>');
    expect(value).toContain('<div class="subtitle">&lt;b&gt;x&lt;/b&gt;</div>');
    expect(value).toContain('<div class="top">O&#39;Brien &amp; Co</div>');
    expect(value).toContain('<div class="body">Body &amp; more</div>');
    expect(value).toContain('<div class="bottom">&lt;i&gt;measure&lt;/i&gt;</div>');
    expect(value).toContain('<h3>R&amp;D</h3>');
    expect(value).not.toMatch(/&amp;(amp|#39|lt);/);
  });
});
