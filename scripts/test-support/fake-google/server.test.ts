import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { driveApi, sheetsApi } from '../../drive/google-apis';
import { offlineAuth } from '../drive-fixtures';
import { DRIVE_READONLY_SCOPE, SHEETS_READONLY_SCOPE } from './drive-access';
import { FakeGoogle, FOLDER_MIME } from './server';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await FakeGoogle.start();
});
afterEach(async () => {
  await fake.close();
});

// the googleapis client as Trellis uses it: the root passed per call, its own retries off
const opts = () => ({ rootUrl: fake.url, retry: false });

describe('the fake Google server, driven by the real googleapis client', () => {
  it('lists with q, fields and pages, as Drive does', async () => {
    const drive = driveApi(offlineAuth());
    const folder = fake.addFolder('Career paths');
    for (let i = 0; i < 5; i++) fake.addFile({ name: `p${i}.plan.json`, parents: [folder.id], content: `{"i":${i}}`, appProperties: { trellisKind: i < 3 ? 'plan' : 'framework' } });
    fake.addFile({ name: "o'neil.plan.json", parents: [folder.id] });
    const seen: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const res = await drive.files.list({ q: `'${folder.id}' in parents and trashed = false and appProperties has { key='trellisKind' and value='plan' }`, pageSize: 2, pageToken, fields: 'nextPageToken,files(id,name,md5Checksum)' }, opts());
      for (const f of res.data.files ?? []) {
        seen.push(f.name!);
        expect(Object.keys(f).sort()).toEqual(['id', 'md5Checksum', 'name']);
      }
      pageToken = res.data.nextPageToken ?? undefined;
      pages++;
    } while (pageToken);
    expect(seen.sort()).toEqual(['p0.plan.json', 'p1.plan.json', 'p2.plan.json']);
    expect(pages).toBe(2);
    const quoted = await drive.files.list({ q: `name = 'o\\'neil.plan.json'`, fields: 'files(name)' }, opts());
    expect(quoted.data.files).toEqual([{ name: "o'neil.plan.json" }]);
    await expect(drive.files.list({ q: `name = 'a' or name = 'b'` }, opts())).rejects.toMatchObject({ status: 400 });
  });

  it('creates and updates files with multipart and media uploads, at the per-call root', async () => {
    const drive = driveApi(offlineAuth());
    const folder = fake.addFolder('Career paths');
    const multipart = await drive.files.create({ requestBody: { name: 'a.plan.json', parents: [folder.id], appProperties: { trellisKind: 'plan' } }, media: { mimeType: 'application/json', body: '{"a":1}' }, fields: 'id,name,md5Checksum' }, opts());
    const mediaOnly = await drive.files.create({ media: { mimeType: 'application/json', body: '{"b":2}' }, fields: 'id,name' }, opts());
    expect(fake.stats.byRoute['files.create upload']).toBe(2);
    expect(fake.files.get(multipart.data.id!)!.content.toString()).toBe('{"a":1}');
    expect(fake.files.get(mediaOnly.data.id!)).toMatchObject({ name: 'Untitled', parents: ['root'] });
    await drive.files.update({ fileId: multipart.data.id!, media: { mimeType: 'application/json', body: '{"a":2}' } }, opts());
    await drive.files.update({ fileId: multipart.data.id!, requestBody: { appProperties: { trellisRevision: '2' } }, media: { mimeType: 'application/json', body: '{"a":3}' } }, opts());
    const file = fake.files.get(multipart.data.id!)!;
    expect([file.content.toString(), file.version, file.appProperties]).toEqual(['{"a":3}', 3, { trellisKind: 'plan', trellisRevision: '2' }]);
    const media = await drive.files.get({ fileId: file.id, alt: 'media' }, { ...opts(), responseType: 'text' });
    expect(media.data).toBe('{"a":3}');
    await drive.permissions.create({ fileId: file.id, requestBody: { type: 'user', role: 'writer', emailAddress: 'dana@example.com' }, sendNotificationEmail: false }, opts());
    // the owner is listed too, as Drive does
    expect((await drive.permissions.list({ fileId: file.id }, opts())).data.permissions).toEqual([expect.objectContaining({ emailAddress: 'me@example.com', role: 'owner' }), expect.objectContaining({ emailAddress: 'dana@example.com', role: 'writer' })]);
  });

  it('serves spreadsheets with merges and values, formatted or not', async () => {
    const sheets = sheetsApi(offlineAuth());
    fake.addSpreadsheet({ id: 'sheet1', title: 'Matrix', sheets: [{ title: "Team's matrix", values: [['', 'Track', null], ['Coding', 3, 4.5]], formatted: [['', 'Track', ''], ['Coding', '3', '4.50']], merges: ['B1:C1'] }] });
    const meta = await sheets.spreadsheets.get({ spreadsheetId: 'sheet1' }, { rootUrl: fake.url, retry: false });
    expect(meta.data.sheets![0]!.merges).toEqual([{ sheetId: 0, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 1, endColumnIndex: 3 }]);
    const raw = await sheets.spreadsheets.values.get({ spreadsheetId: 'sheet1', range: "'Team''s matrix'!A1:C2", valueRenderOption: 'UNFORMATTED_VALUE' }, { rootUrl: fake.url, retry: false });
    expect(raw.data.values).toEqual([['', 'Track'], ['Coding', 3, 4.5]]);
    const shown = await sheets.spreadsheets.values.batchGet({ spreadsheetId: 'sheet1', ranges: ["'Team''s matrix'"] }, { rootUrl: fake.url, retry: false });
    expect(shown.data.valueRanges![0]!.values).toEqual([['', 'Track'], ['Coding', '3', '4.50']]);
  });

  it('refuses a request without a valid token', async () => {
    const drive = driveApi(offlineAuth('someone-else'));
    await expect(drive.files.list({}, opts())).rejects.toMatchObject({ status: 401 });
  });
});

describe('what each person\'s app may see and change', () => {
  const as = (token: string) => driveApi(offlineAuth(token));
  const names = async (token: string, folderId: string) => ((await as(token).files.list({ q: `'${folderId}' in parents and trashed = false`, fields: 'files(name)' }, opts())).data.files ?? []).map((f) => f.name).sort();
  const status = (call: Promise<unknown>) => call.then(() => 200, (e: { status?: number }) => e.status);

  it('under drive.file: files the person made with the app, or shared with them and opened with it', async () => {
    const hr = fake.tokenFor('hr@example.com');
    const alex = fake.tokenFor('alex@example.com');
    const bea = fake.tokenFor('bea@example.com');
    // HR makes the folder with Trellis: it is HR's, and HR's Trellis reaches it
    const folder = (await as(hr).files.create({ requestBody: { name: 'Career paths', mimeType: FOLDER_MIME }, fields: 'id' }, opts())).data.id!;
    expect(fake.files.get(folder)!.owner).toBe('hr@example.com');
    expect(await status(as(alex).files.get({ fileId: folder }, opts()))).toBe(404);
    // shared with Alex: his Trellis still cannot reach it until he opens it with Trellis
    await as(hr).permissions.create({ fileId: folder, requestBody: { type: 'user', role: 'writer', emailAddress: 'alex@example.com' } }, opts());
    expect(await status(as(alex).files.get({ fileId: folder }, opts()))).toBe(404);
    fake.openWithApp(folder, 'alex@example.com');
    expect(await status(as(alex).files.get({ fileId: folder }, opts()))).toBe(200);
    // Alex adds his plan: it is his; HR may open it (the folder is HR's) but HR's Trellis was never given it
    const plan = (await as(alex).files.create({ requestBody: { name: 'alex.plan.json', parents: [folder] }, media: { mimeType: 'application/json', body: '{}' }, fields: 'id' }, opts())).data.id!;
    expect(await names(alex, folder)).toEqual(['alex.plan.json']);
    expect(await names(hr, folder)).toEqual([]);
    expect(await status(as(hr).files.get({ fileId: plan, alt: 'media' }, opts()))).toBe(404);
    fake.openWithApp(plan, 'hr@example.com');
    expect(await names(hr, folder)).toEqual(['alex.plan.json']);
    // a file HR put there by hand is HR's, but out of Trellis's reach; a person it is not shared with cannot open it
    const byHand = fake.addFile({ name: 'notes.json', parents: [folder], owner: 'hr@example.com', createdWithApp: false });
    expect(await names(hr, folder)).toEqual(['alex.plan.json']);
    expect(() => fake.openWithApp(byHand.id, 'bea@example.com')).toThrow(/not shared with them/);
    expect(await names(bea, folder)).toEqual([]);
    // the full drive scope (another app of HR's) sees all HR may open, made with Trellis or not
    const hrEverything = fake.tokenFor('hr@example.com', { app: 'hr-tools', scopes: [DRIVE_READONLY_SCOPE] });
    expect(await names(hrEverything, folder)).toEqual(['alex.plan.json', 'notes.json']);
    // another app of Alex's reaches nothing Trellis was given
    expect(await names(fake.tokenFor('alex@example.com', { app: 'other-app', scopes: ['https://www.googleapis.com/auth/drive.file'] }), folder)).toEqual([]);
  });

  it('refuses changes a person may not make, and Drive calls the token has no scope for', async () => {
    const hr = fake.tokenFor('hr@example.com');
    const bea = fake.tokenFor('bea@example.com');
    const file = fake.addFile({ name: 'eng.v1.framework.json', owner: 'hr@example.com', content: '{}' });
    fake.share(file.id, 'bea@example.com', 'reader');
    fake.openWithApp(file.id, 'bea@example.com');
    expect(await status(as(bea).files.get({ fileId: file.id, alt: 'media' }, opts()))).toBe(200);
    const update = as(bea).files.update({ fileId: file.id, media: { mimeType: 'application/json', body: '{"x":1}' } }, opts());
    await expect(update).rejects.toMatchObject({ status: 403, response: { data: { error: { errors: [{ reason: 'insufficientFilePermissions' }] } } } });
    expect(await status(as(bea).permissions.create({ fileId: file.id, requestBody: { type: 'user', role: 'reader', emailAddress: 'x@example.com' } }, opts()))).toBe(403);
    // a folder Bea can only read takes no new files from her
    const folder = fake.addFolder('HR only', ['root'], 'hr@example.com');
    fake.share(folder.id, 'bea@example.com', 'reader');
    fake.openWithApp(folder.id, 'bea@example.com');
    expect(await status(as(bea).files.create({ requestBody: { name: 'b.json', parents: [folder.id] }, fields: 'id' }, opts()))).toBe(403);
    expect(await status(as(hr).files.create({ requestBody: { name: 'h.json', parents: [folder.id] }, fields: 'id' }, opts()))).toBe(200);
    // a Sheets-only token cannot use Drive
    const sheetsOnly = fake.tokenFor('hr@example.com', { scopes: [SHEETS_READONLY_SCOPE] });
    expect(await status(as(sheetsOnly).files.list({}, opts()))).toBe(403);
  });
});
