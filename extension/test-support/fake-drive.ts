// Google Drive's REST endpoints as Trellis's service worker uses them, in memory, for tests: a plan file's
// content, its `version` (one up for every change, as Drive's is), its revision history, the signed-in account
// (about.get), and hooks for changes saved "elsewhere" at a chosen moment. Unit tests answer fetch with it, the
// browser tests answer Chromium's requests with it.
import type { Plan } from '../../shared/model/plan';

export interface DriveAnswer {
  status: number;
  contentType: string;
  body: string;
}

const json = (status: number, value: unknown): DriveAnswer => ({ status, contentType: 'application/json', body: JSON.stringify(value) });
const error = (status: number, message: string) => json(status, { error: { code: status, message } });

/** The plan JSON inside a multipart upload as DrivePlanFile sends it. */
export function uploadedPlan(body: string): Plan {
  const media = body.split(/--trellis-[\w-]+/).find((part) => part.includes('"kind": "trellis.plan"'));
  if (!media) throw new Error('no plan in the upload');
  return JSON.parse(media.slice(media.indexOf('{'), media.lastIndexOf('}') + 1)) as Plan;
}

export class FakeDriveFile {
  version = 0;
  readonly revisions: { id: string; body: string }[] = [];
  /** Reads of the content (alt=media) so far. */
  contentReads = 0;
  /** Every upload's raw multipart body, in order. */
  readonly uploads: string[] = [];
  readonly revisionReads: string[] = [];
  abouts = 0;
  /** The signed-in account about.get reports; undefined makes about.get fail. */
  account: string | undefined = 'dana@example.com';
  /** A status every revision request gets instead (the history cannot be read). */
  revisionsStatus?: number;
  /** Runs before the n-th content read is answered (a change that read sees). */
  beforeRead?: (n: number, file: FakeDriveFile) => void;
  /** Runs right after the n-th content read is answered (a change that read misses). */
  afterRead?: (n: number, file: FakeDriveFile) => void;

  constructor(
    readonly fileId: string,
    plan: Plan,
  ) {
    this.put(plan);
  }

  get plan(): Plan {
    return JSON.parse(this.revisions.at(-1)!.body) as Plan;
  }

  /** Someone saves a plan: new content, a new revision, the version one up. */
  put(plan: Plan): void {
    this.revisions.push({ id: `rev${this.revisions.length + 1}`, body: `${JSON.stringify(plan, null, 2)}\n` });
    this.version++;
  }

  /** Someone changes only the file's details (renames, shares it): the version goes up, the content stays. */
  touch(): void {
    this.version++;
  }

  /** Drive's answer to one request. */
  answer(method: string, url: URL, body = ''): DriveAnswer {
    const path = url.pathname;
    const file = `/drive/v3/files/${this.fileId}`;
    if (method === 'GET' && path === '/drive/v3/about') {
      this.abouts++;
      if (url.searchParams.get('fields') !== 'user(emailAddress)') return error(400, 'about.get needs fields=user(emailAddress)');
      return this.account ? json(200, { user: { emailAddress: this.account } }) : error(500, 'Backend Error');
    }
    if (method === 'GET' && path === file && url.searchParams.get('alt') === 'media') {
      const n = ++this.contentReads;
      this.beforeRead?.(n, this);
      const answer = { status: 200, contentType: 'application/json', body: this.revisions.at(-1)!.body };
      this.afterRead?.(n, this);
      return answer;
    }
    if (method === 'GET' && path === file && url.searchParams.get('fields') === 'version') return json(200, { version: String(this.version) });
    if (method === 'GET' && path.startsWith(`${file}/revisions`)) {
      if (this.revisionsStatus) return error(this.revisionsStatus, 'The user does not have sufficient permissions for this file.');
      const id = path.slice(`${file}/revisions/`.length);
      if (!id) return json(200, { revisions: this.revisions.map((r) => ({ id: r.id })) });
      const revision = this.revisions.find((r) => r.id === id);
      this.revisionReads.push(id);
      return revision && url.searchParams.get('alt') === 'media' ? { status: 200, contentType: 'application/json', body: revision.body } : error(404, `Revision not found: ${id}`);
    }
    if (method === 'PATCH' && path === `/upload/drive/v3/files/${this.fileId}` && url.searchParams.get('uploadType') === 'multipart') {
      this.uploads.push(body);
      this.put(uploadedPlan(body));
      return json(200, { id: this.fileId, version: String(this.version) });
    }
    return error(404, `File not found: ${path}`);
  }
}
