// Test support for job-description reading: the texts of a list of items, the one role a document must give, and a
// framework that is only a catalogue of competency names to match against.
import { expect } from 'vitest';
import { ingestJobDescription, type ExtractedRole } from '../ingest/job-description';
import { FRAMEWORK_SCHEMA_VERSION, FrameworkSchema, type Framework } from '../model/framework';
import { DEFAULT_SCALE } from '../model/scale';

export const texts = (items: { text: string }[]) => items.map((i) => i.text);

export const only = (doc: Parameters<typeof ingestJobDescription>[0]): ExtractedRole => {
  const result = ingestJobDescription(doc);
  expect(result.roles).toHaveLength(1);
  return result.roles[0]!;
};

/** A framework holding only these competencies (ids `<id>0`, `<id>1`, …), no roles. */
export function competencyCatalogue(id: string, names: string[]): Framework {
  return FrameworkSchema.parse({ kind: 'trellis.framework', schemaVersion: FRAMEWORK_SCHEMA_VERSION, id, name: id, scales: [DEFAULT_SCALE], competencies: names.map((name, i) => ({ id: `${id}${i}`, name, kind: 'skill' as const })), roles: [] });
}
