// A separate process for the concurrency test: makes N saves on one plan file and prints what it saw.
// argv: <plan file> <count> <tag> <mode: command | compare-and-swap>
import { FolderPlanStore } from './folder-store';
import { updatePlanFile, readPlanFile } from './plan-file';
import { applyCommand } from '../../shared/plan/commands';
import { RevisionConflictError } from '../../shared/storage/store';
import { dirname } from "node:path";

const [path, countText, tag, mode] = process.argv.slice(2) as [string, string, string, string];
const actor = { name: 'Dana Lee', email: 'dana@example.com' };
let landed = 0;
let conflicts = 0;
for (let i = 0; i < Number(countText); i++) {
  const command = { type: 'add-comment' as const, text: `${tag}-${i}` };
  const ctx = { actor, now: new Date().toISOString() };
  if (mode === 'command') {
    await updatePlanFile(path, command, ctx);
    landed++;
  } else {
    // what a surface holding an open copy does: apply to the copy it read, save against that revision
    const { plan } = await readPlanFile(path);
    try {
      await new FolderPlanStore(dirname(path)).save(applyCommand(plan, command, ctx), plan.revision);
      landed++;
    } catch (error) {
      if (!(error instanceof RevisionConflictError)) throw error;
      conflicts++;
    }
  }
}
process.stdout.write(JSON.stringify({ tag, landed, conflicts }));
