// The fake Google server in a worker thread, for benchmarks: a real server is another machine, so its work should
// not share the client's event loop (in-process, the fake's own parsing would slow the client it measures).
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { FakeGoogle, type FakeGoogleOptions } from './server';

export interface WorkerFake {
  url: string;
  folderId: string;
  /** Files in the folder, and how many distinct names they have. */
  count(): Promise<{ files: number; names: number }>;
  close(): Promise<void>;
}

export async function startFakeInWorker(options: FakeGoogleOptions): Promise<WorkerFake> {
  // the worker runs this same file, through a small bootstrap that gives it tsx's loader
  const worker = new Worker(fileURLToPath(new URL('./in-worker-boot.mjs', import.meta.url)), { workerData: options });
  const ask = <T>(message: unknown) =>
    new Promise<T>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(message);
    });
  const ready = await ask<{ url: string; folderId: string }>({ type: 'start' });
  return {
    ...ready,
    count: () => ask({ type: 'count' }),
    close: async () => {
      await ask({ type: 'close' });
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  let fake: FakeGoogle | undefined;
  let folderId = '';
  port.on('message', async (message: { type: string }) => {
    if (message.type === 'start') {
      fake = await FakeGoogle.start(workerData as FakeGoogleOptions);
      folderId = fake.addFolder('Career paths').id;
      port.postMessage({ url: fake.url, folderId });
    } else if (message.type === 'count') {
      const files = fake!.childrenOf(folderId);
      port.postMessage({ files: files.length, names: new Set(files.map((f) => f.name)).size });
    } else if (message.type === 'close') {
      await fake?.close();
      port.postMessage({});
    }
  });
}
