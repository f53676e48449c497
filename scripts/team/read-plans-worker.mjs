// A thread of the team report's reading pool: reads, checks and compacts the batches of plan files it is sent,
// answering each with the compact plans or why a file was skipped, as JSON text (see readPlansInThreads).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { readPlanFile } = await import('./read-career-folder.ts');
const { limits } = await import('../../shared/ingest/limits.ts');
Object.assign(limits, workerData.limits);
parentPort.on('message', (batch) => parentPort.postMessage(JSON.stringify(batch.map(({ path, file }) => readPlanFile(path, file)))));
