// Reads a job-description file the way `trellis role` does: the document (or, for a JSON file of postings, each posting)
// into roles; a file that is not a job description is refused with what it looks like.
import { basename } from 'node:path';
import type { JobDescriptionResult, IngestOptions } from '../../shared/ingest/job-description';
import { ingestJobDescriptions } from '../../shared/ingest/job-description';
import { readJobDescriptionDocuments } from './read-document';

export async function readJobDescriptionFile(path: string, name: string = path, options: IngestOptions = {}): Promise<JobDescriptionResult> {
  const docs = await readJobDescriptionDocuments(path, name);
  return ingestJobDescriptions(docs, { file: basename(path), ...options });
}
