// Test support for job-description reading: the texts of a list of items, and the one role a document must give.
import { expect } from 'vitest';
import { ingestJobDescription, type ExtractedRole } from '../ingest/job-description';

export const texts = (items: { text: string }[]) => items.map((i) => i.text);

export const only = (doc: Parameters<typeof ingestJobDescription>[0]): ExtractedRole => {
  const result = ingestJobDescription(doc);
  expect(result.roles).toHaveLength(1);
  return result.roles[0]!;
};
