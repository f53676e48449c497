// Career data is sensitive and often pasted from elsewhere: text people wrote reaches cards escaped (card text
// widgets read a little HTML), and the preview draws card text as text.
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlan } from '../../shared/model/files';
import { ensureBuilt } from '../sandbox/ensure-built';
import { ALEX, alexCreatesPlan, hrPublishesFramework, newSandbox } from '../sandbox/scenario';
import { cardHtml, cardText } from '../preview/render-card';

beforeAll(() => ensureBuilt());

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
});
