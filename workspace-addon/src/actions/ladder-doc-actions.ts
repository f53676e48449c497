// Docs, for HR: publish the career ladder kept in the open Google Doc (level tables, or a heading per level) as a
// framework, the same way the Sheets import does: one Docs API documents.get, the core's ladder reader, and a new
// version in the Career paths folder when nothing is in error (older versions stay for the plans made on them).
import { hasErrors } from '../../../shared/ingest/diagnostics';
import { ladderGrids } from '../../../shared/ingest/grid/ladder-grids';
import { ingestKsaMatrix } from '../../../shared/ingest/ksa-matrix';
import { slugify } from '../../../shared/model/names';
import { frameworkDriveName } from '../../../shared/storage/drive-files';
import { ksaResultCard } from '../cards/ksa-cards';
import { navigate } from '../cards/kit';
import { docsDocumentToBlocks } from '../docs/docs-document-blocks';
import { FrameworkTooLargeError, latestFrameworks, loadFramework, saveFrameworkVersion } from '../drive/framework-files';
import { gas } from '../platform/apps-script';
import { input, type AddonEvent } from '../platform/event';
import { nowIso } from '../platform/session';
import type { ImportResult } from '../sheets/ksa-import';
import { openDoc } from './docs-actions';

export function ladderPublish(e: AddonEvent) {
  const doc = openDoc(e);
  const name = input(e, 'ladderName').trim() || doc.title;
  const blocks = docsDocumentToBlocks(gas().Docs.Documents.get(doc.id), doc.title);
  const { grids, problem } = ladderGrids(blocks);
  if (problem) return navigate(ksaResultCard({ diagnostics: [{ severity: 'error', file: doc.title, message: `"${doc.title}" ${problem}` }] }, 'import', { from: 'document' }), 'push');
  const id = slugify(name);
  const previousFile = latestFrameworks().find((f) => f.id === id);
  const previous = previousFile ? loadFramework(previousFile.id, previousFile.version)?.framework : undefined;
  const read = ingestKsaMatrix(grids, { id, name, source: { format: 'google-doc', name: doc.title, importedAt: nowIso() }, ...(previous ? { previous } : {}) });
  const result: ImportResult = { diagnostics: read.diagnostics, ...(read.sheets ? { sheets: read.sheets } : {}), ...(read.framework ? { framework: read.framework } : {}), ...(previous ? { previousVersion: previous.version } : {}) };
  // in error, nothing is published: the ladder is fixed in the Doc and published again
  if (!result.framework || hasErrors(result.diagnostics)) return navigate(ksaResultCard(result, 'import', { from: 'document' }), 'push');
  try {
    const saved = saveFrameworkVersion(result.framework);
    return navigate(ksaResultCard(result, 'import', { from: 'document', saved: { fileName: frameworkDriveName(saved.id, saved.version), version: saved.version } }), 'push', `Published ${name} v${saved.version}`);
  } catch (error) {
    if (error instanceof FrameworkTooLargeError) return navigate(ksaResultCard(result, 'import', { from: 'document', notPublished: error.message }), 'push');
    throw error;
  }
}
