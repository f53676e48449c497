// One fuzz run: the real `trellis` command line in this process, reporting its peak memory (maxRSS) on fd 3 as it exits.
import { writeSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
process.on('exit', () => {
  try {
    writeSync(3, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  } catch {
    // fd 3 is only there under the fuzz runner
  }
});
const { runFromProcess } = await import('../trellis.ts');
runFromProcess();
