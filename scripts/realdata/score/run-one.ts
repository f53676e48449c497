// Scores one corpus document in its own process, so a reader that hangs or runs out of memory on it is stopped
// and named instead of stopping the whole run. Prints the result as one JSON line.
import { locate, type DocumentResult } from './corpus';
import { scorers } from './scorers';

const [kind, id] = process.argv.slice(2);
const scorer = scorers.find((s) => s.kind === kind);
const entry = scorer?.entries.find((e) => e.id === id);
if (!scorer || !entry) {
  process.stderr.write(`no ${kind} document with id ${id}\n`);
  process.exit(2);
}
const path = locate(entry)!;
const started = performance.now();
try {
  const scored = await scorer.score(entry, path);
  const result: DocumentResult = { id: entry.id, kind: entry.kind, half: entry.half, outcome: 'scored', ...scored, ms: Math.round(performance.now() - started) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  const result: DocumentResult = { id: entry.id, kind: entry.kind, half: entry.half, outcome: 'crashed', checks: [], reason: (error as Error).stack ?? String(error) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
