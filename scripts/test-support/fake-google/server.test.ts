import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { driveApi, sheetsApi } from '../../drive/google-apis';
import { offlineAuth } from '../drive-fixtures';
import { FakeGoogle } from './server';

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
    expect((await drive.permissions.list({ fileId: file.id }, opts())).data.permissions).toEqual([expect.objectContaining({ emailAddress: 'dana@example.com', role: 'writer' })]);
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
