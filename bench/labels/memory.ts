import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Heap bytes in use after a full collection. */
export function heapAfterGc(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

/** Megabytes of heap (array buffers included) that `build` leaves behind: what a process keeps for it. */
export async function retainedMb(build: () => Promise<unknown>): Promise<number> {
  const before = heapAfterGc();
  await build();
  return Math.round((heapAfterGc() - before) / 1e5) / 10;
}
