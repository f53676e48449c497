// The fakes hold to the platform's contract, so code that passes here does not lean on leniency Google lacks.
import { describe, expect, it } from 'vitest';
import { fakeCardService, isBuilt } from '../sandbox/fakes/card-service';
import { FakeWorkspace } from '../sandbox/workspace';
import { tokenFor } from '../sandbox/fakes/services';

describe('CardService fake', () => {
  const cs = fakeCardService();
  const section = () => cs.newCardSection().addWidget(cs.newTextParagraph().setText('hi'));

  it('builds cards only with a section holding a widget, and marks them built', () => {
    expect(() => cs.newCardBuilder().build()).toThrow(/at least one section/);
    expect(() => cs.newCardBuilder().addSection(cs.newCardSection()).build()).toThrow(/at least one widget/);
    const card = cs.newCardBuilder().addSection(section()).build();
    expect(isBuilt(card)).toBe(true);
    expect(Object.isFrozen(card)).toBe(true);
  });

  it('navigates only to built cards', () => {
    const builder = cs.newCardBuilder().addSection(section());
    expect(() => cs.newNavigation().pushCard(builder as never)).toThrow(/build the card/);
  });

  it('takes strings only as action parameters', () => {
    expect(() => cs.newAction().setFunctionName('f').setParameters({ n: 1 as unknown as string })).toThrow(/must be strings/);
    expect(() => cs.newAction().setFunctionName('f').setParameters({ n: '1' })).not.toThrow();
  });

  it('needs an action or a link on a button, a field name on an input, and unique field names in a card', () => {
    expect(() => cs.newCardBuilder().addSection(cs.newCardSection().addWidget(cs.newTextButton().setText('Go'))).build()).toThrow(/exactly one of an action or a link/);
    expect(() => cs.newCardBuilder().addSection(cs.newCardSection().addWidget(cs.newTextInput().setTitle('x'))).build()).toThrow(/field name/);
    const twice = cs.newCardSection().addWidget(cs.newTextInput().setFieldName('a')).addWidget(cs.newTextInput().setFieldName('a'));
    expect(() => cs.newCardBuilder().addSection(twice).build()).toThrow(/share the field name "a"/);
  });

  it('needs something in an action response', () => {
    expect(() => cs.newActionResponseBuilder().build()).toThrow(/needs a navigation/);
  });
});

describe('Drive, editors and the small services', () => {
  it('shows a user only the files Trellis was given for them (drive.file)', () => {
    const ws = new FakeWorkspace().as('alex@example.com');
    const g = ws.globals();
    const mine = g.Drive.Files.create({ name: 'a.plan.json', mimeType: 'application/json', appProperties: { trellisKind: 'plan' } }, g.Utilities.newBlob('{}', 'application/json'));
    const theirs = ws.drive.addFile({ name: 'b.plan.json', mimeType: 'application/json', owner: 'alex@example.com', appProperties: { trellisKind: 'plan' } });
    const q = "appProperties has { key='trellisKind' and value='plan' } and trashed = false";
    expect(g.Drive.Files.list({ q }).files!.map((f) => f.id)).toEqual([mine.id]);
    expect(() => g.Drive.Files.get(theirs.id, { fields: 'id' })).toThrow(/File not found/);
    ws.drive.grant('alex@example.com', theirs.id);
    expect(g.Drive.Files.list({ q }).files).toHaveLength(2);
    ws.as('dana@example.com');
    expect(g.Drive.Files.list({ q }).files).toHaveLength(0);
  });

  it('lets commenters read but not write, and refuses queries and properties Drive would refuse', () => {
    const ws = new FakeWorkspace().as('alex@example.com');
    const g = ws.globals();
    const file = g.Drive.Files.create({ name: 'p.plan.json', mimeType: 'application/json' }, g.Utilities.newBlob('{"a":1}', 'application/json'));
    g.Drive.Permissions.create({ type: 'user', role: 'commenter', emailAddress: 'dana@example.com' }, file.id!);
    expect(ws.drive.sharedEmails.map((m) => m.to)).toEqual(['dana@example.com']);
    ws.as('dana@example.com');
    ws.drive.grant('dana@example.com', file.id!);
    const fetched = g.UrlFetchApp.fetch(`https://www.googleapis.com/drive/v3/files/${file.id}?alt=media`, { headers: { Authorization: `Bearer ${tokenFor('dana@example.com')}` }, muteHttpExceptions: true });
    expect(fetched.getContentText()).toBe('{"a":1}');
    expect(() => g.Drive.Files.update({ name: 'x' }, file.id!)).toThrow(/sufficient permissions/);
    expect(() => g.Drive.Files.list({ q: "fullText contains 'x'" })).toThrow(/not understood/);
    ws.as('alex@example.com');
    expect(() => g.Drive.Files.update({ appProperties: { trellisName: 'x'.repeat(120) } }, file.id!)).toThrow(/124 bytes/);
    expect(() => g.UrlFetchApp.fetch('https://example.com/')).toThrow(/unavailable in the sandbox/);
  });

  it('downloads only binary files: a Google Doc must be exported', () => {
    const ws = new FakeWorkspace().as('alex@example.com');
    const g = ws.globals();
    const doc = g.Drive.Files.create({ name: 'Doc', mimeType: 'application/vnd.google-apps.document' }, g.Utilities.newBlob('<p>x</p>', 'text/html'));
    const r = g.UrlFetchApp.fetch(`https://www.googleapis.com/drive/v3/files/${doc.id}?alt=media`, { headers: { Authorization: `Bearer ${tokenFor('alex@example.com')}` }, muteHttpExceptions: true });
    expect(r.getResponseCode()).toBe(403);
  });

  it('opens the spreadsheet in the editor only after the file-scope grant', () => {
    const ws = new FakeWorkspace().as('hr@example.com');
    const file = ws.addSpreadsheet('hr@example.com', { name: 'M', sheets: [{ name: 'S', values: [[1]] }] });
    ws.editors.activeFileId = file.id;
    expect(() => ws.globals().SpreadsheetApp.getActiveSpreadsheet()).toThrow(/no access to the open file/);
    ws.drive.grant('hr@example.com', file.id);
    expect(ws.globals().SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getDataRange().getValues()).toEqual([[1]]);
  });

  it('holds the cache, properties and lock to their limits', () => {
    const ws = new FakeWorkspace();
    const g = ws.globals();
    const cache = g.CacheService.getUserCache()!;
    expect(() => cache.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow(/too large/);
    expect(() => cache.put('k', 'v', 21_601)).toThrow(/expiration/);
    cache.put('k', 'v', 60);
    ws.now += 61_000;
    expect(cache.get('k')).toBeNull();
    expect(() => g.PropertiesService.getUserProperties().setProperty('k', 'x'.repeat(9 * 1024 + 1))).toThrow(/too large/);
    const first = g.LockService.getScriptLock();
    ws.execution = 1;
    expect(first.tryLock(1000)).toBe(true);
    ws.execution = 2;
    expect(g.LockService.getScriptLock().tryLock(1000)).toBe(false);
    ws.execution = 1;
    first.releaseLock();
    ws.execution = 2;
    expect(g.LockService.getScriptLock().tryLock(1000)).toBe(true);
  });
});
