// Writes the fuzz corpus into the folder given and its cases beside it (cases.json). Run as its own process by
// `npm run fuzz`, so the runner stays small: a child's peak memory is measured from its start, which on Linux
// includes what its parent held when it was forked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus';

const dir = process.argv[2]!;
writeFileSync(join(dir, 'cases.json'), JSON.stringify(writeCorpus(dir)));
