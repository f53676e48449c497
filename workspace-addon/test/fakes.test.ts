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

  it('holds a card to 100 widgets and 100 sections, as Google does', () => {
    const full = cs.newCardSection();
    for (let i = 0; i < 100; i++) full.addWidget(cs.newTextParagraph().setText(`w${i}`));
    expect(() => cs.newCardBuilder().addSection(full).build()).not.toThrow();
    expect(() => cs.newCardBuilder().addSection(full).addSection(section()).build()).toThrow(/at most 100 widgets/);
    const many = cs.newCardBuilder();
    for (let i = 0; i < 101; i++) many.addSection(section());
    expect(() => many.build()).toThrow(/at most 100 sections/);
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

  it('keeps at most 1,000 items a cache: past that, the 900 farthest from expiry', () => {
    const ws = new FakeWorkspace();
    const cache = ws.userCache();
    const g = ws.globals();
    const c = g.CacheService.getUserCache()!;
    c.put('long-lived', 'x', 21_600);
    const batch: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) batch[`k${i}`] = 'v';
    c.putAll(batch, 600);
    expect(cache.size()).toBe(900);
    expect(cache.evicted).toBe(101);
    expect(c.get('long-lived')).toBe('x');
    expect(() => c.put('x'.repeat(251), 'v')).toThrow(/key/);
  });

  it('refuses blobs and UrlFetch answers over 50 MB', () => {
    const ws = new FakeWorkspace().as('alex@example.com');
    const g = ws.globals();
    expect(() => g.Utilities.newBlob('x'.repeat(50 * 1024 * 1024 + 1), 'application/json')).toThrow(/at most 50 MB/);
    const big = ws.drive.addFile({ name: 'big.json', mimeType: 'application/json', owner: 'alex@example.com', content: 'é'.repeat(26 * 1024 * 1024) });
    ws.drive.grant('alex@example.com', big.id);
    expect(() => g.UrlFetchApp.fetch(`https://www.googleapis.com/drive/v3/files/${big.id}?alt=media`, { headers: { Authorization: `Bearer ${tokenFor('alex@example.com')}` }, muteHttpExceptions: true })).toThrow(/at most 50 MB/);
  });

  it('creates a file with an id from generateIds once: the same id again is refused, an invented one too', () => {
    const ws = new FakeWorkspace().as('alex@example.com');
    const g = ws.globals();
    const [id] = g.Drive.Files.generateIds({ count: 1 }).ids!;
    const blob = () => g.Utilities.newBlob('{}', 'application/json');
    expect(g.Drive.Files.create({ id, name: 'a.plan.json', mimeType: 'application/json' }, blob()).id).toBe(id);
    expect(() => g.Drive.Files.create({ id, name: 'a.plan.json', mimeType: 'application/json' }, blob())).toThrow(/already exists with the provided ID/);
    expect(() => g.Drive.Files.create({ id: 'made-up-id', name: 'b.plan.json', mimeType: 'application/json' }, blob())).toThrow(/not usable/);
    expect(ws.drive.filesNamed(/plan\.json$/)).toHaveLength(1);
    g.Drive.Files.remove(id!);
    expect(ws.drive.files.has(id!)).toBe(false);
  });

  it('shares with people and groups, unless the organisation’s policy refuses', () => {
    const ws = new FakeWorkspace().as('alex@example.com');
    const g = ws.globals();
    const file = g.Drive.Files.create({ name: 'p.plan.json', mimeType: 'application/json' }, g.Utilities.newBlob('{}', 'application/json'));
    ws.drive.groups.set('people@example.com', ['hr@example.com']);
    g.Drive.Permissions.create({ type: 'group', role: 'reader', emailAddress: 'people@example.com' }, file.id!, { sendNotificationEmail: false });
    expect(ws.drive.roleOf('hr@example.com', ws.drive.files.get(file.id!)!)).toBe('reader');
    expect(ws.drive.sharedEmails).toEqual([]);
    expect(() => g.Drive.Permissions.create({ type: 'group', role: 'reader', emailAddress: 'dana@example.com' }, file.id!)).toThrow(/not a group/);
    ws.drive.sharingRefused = (email) => (email.endsWith('@other.example') ? 'Sharing outside example.com is not allowed' : undefined);
    expect(() => g.Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'sam@other.example' }, file.id!)).toThrow(/outside example.com/);
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

describe('DocumentApp fake: placing an image in a Doc', () => {
  const png = (width: number, height: number) => {
    const bytes = new Uint8Array(33);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(bytes.buffer).setUint32(16, width);
    new DataView(bytes.buffer).setUint32(20, height);
    return [...bytes].map((b) => (b > 127 ? b - 256 : b));
  };
  function setUp(role: 'owner' | 'commenter' = 'owner') {
    const ws = new FakeWorkspace();
    const doc = ws.drive.addFile({ name: 'Plan', mimeType: 'application/vnd.google-apps.document', owner: 'alex@example.com', content: '<html><body><h1>Plan</h1><p>Chart below</p><ul><li>one</li></ul><table><tr><td>x</td></tr></table></body></html>' });
    ws.drive.appAccess.add(`alex@example.com|${doc.id}`);
    if (role === 'commenter') doc.permissions.set('dana@example.com', 'commenter');
    ws.as(role === 'owner' ? 'alex@example.com' : 'dana@example.com');
    const g = ws.globals();
    // the Doc is the one open in Docs, which is how the add-on reaches it under documents.currentonly
    ws.editors.activeFileId = doc.id;
    if (role === 'commenter') ws.drive.appAccess.add(`dana@example.com|${doc.id}`);
    return { ws, doc, g, body: () => g.DocumentApp.getActiveDocument().getBody() };
  }

  it('walks the imported body in order and inserts a PNG, JPEG or GIF after a paragraph', () => {
    const { doc, g, body } = setUp();
    expect(body().getNumChildren()).toBe(4);
    expect(body().getChild(1).asParagraph().getText()).toBe('Chart below');
    expect(body().getChild(2).getType()).toBe('LIST_ITEM');
    body().insertImage(2, g.Utilities.newBlob(png(600, 200), 'image/png', 'chart.png') as never).setWidth(300).setAltTitle('Chart');
    expect(doc.placedImages).toMatchObject([{ index: 2, after: 'Chart below', contentType: 'image/png', width: 300, altTitle: 'Chart' }]);
    expect(body().getNumChildren()).toBe(5);
    // a new import replaces the document, its images included
    g.Drive.Files.update({}, doc.id, g.Utilities.newBlob('<p>New</p>', 'text/html'), { fields: 'id' });
    expect(doc.placedImages).toEqual([]);
  });

  it('refuses SVG, bytes that are not the type they claim, images over 25 megapixels, signed-byte overflow, and a reader who cannot edit', () => {
    const { g, body } = setUp();
    const svg = g.Utilities.newBlob('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml', 'c.svg');
    expect(() => body().insertImage(1, svg as never)).toThrow(/PNG, JPEG or GIF images, not image\/svg\+xml/);
    expect(() => body().insertImage(1, g.Utilities.newBlob([1, 2, 3], 'image/png', 'x.png') as never)).toThrow(/not a image\/png image/);
    expect(() => body().insertImage(1, g.Utilities.newBlob(png(5001, 5000), 'image/png', 'big.png') as never)).toThrow(/over the 25 megapixels/);
    expect(() => g.Utilities.newBlob([200], 'image/png', 'x.png')).toThrow(/-128 to 127/);
    const reader = setUp('commenter');
    expect(() => reader.body().insertImage(1, reader.g.Utilities.newBlob(png(10, 10), 'image/png', 'c.png') as never)).toThrow(/cannot edit/);
  });

  it('opens another Doc by id only under the documents scope, as openById\'s reference says; the open Doc needs documents.currentonly', () => {
    const { ws, g, doc } = setUp();
    ws.scopes = ws.scopes.filter((s) => s !== 'https://www.googleapis.com/auth/documents');
    expect(() => g.DocumentApp.openById(doc.id)).toThrow(/Required permissions: https:\/\/www.googleapis.com\/auth\/documents/);
    expect(g.DocumentApp.getActiveDocument().getBody().getNumChildren()).toBe(4);
    ws.scopes = ws.scopes.filter((s) => s !== 'https://www.googleapis.com/auth/documents.currentonly');
    expect(() => g.DocumentApp.getActiveDocument()).toThrow(/Required permissions: https:\/\/www.googleapis.com\/auth\/documents.currentonly/);
  });
});
