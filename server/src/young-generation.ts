/**
 * V8's young generation in the Node server: kept small, and collected between requests rather than
 * in them. Required by node-main.ts once `initialize` is answered, before the language service
 * loads (nothing before it allocates enough for the young generation to grow). The web worker build
 * does not have `v8` and is not concerned.
 *
 * **Size.** The semi-space growth factor is set to 1, so the young generation keeps its first size
 * (two semi-spaces of 1 MB on 64-bit) instead of growing to 16 MB each as soon as a validation keeps
 * many objects alive for a while. Measured with `npm run bench` and heap statistics of the server
 * (docs/PERFORMANCE.md): with a 64 KB document open, the young generation had grown to 16.8 MB of
 * which 0.5 MB was in use, most of the difference in resident memory with VS Code's JSON server
 * (1.34–1.40×); at 1 MB, 33.6 MB for 3.6 MB in use. With the growth factor at 1, RSS is 5 MB lower
 * on small documents and about 30 MB lower on 1 MB. V8 reads the growth factor each time it
 * considers growing the young generation, so setting it at run time takes effect (unlike
 * `--max-semi-space-size`, fixed when the heap is made).
 *
 * **When.** A young generation of 1 MB fills every 10–20 requests (a completion or a hover, with its
 * JSON-RPC message in and out, allocates 30–150 KB), and V8 collects it (a scavenge, 0.3–1 ms here)
 * when an allocation finds it full: in the middle of a request, one request in 15 to 20. Those were
 * the slowest 1% of the server's answers (docs/PERFORMANCE.md, `--trace-gc` and per-request timings
 * of the bench: 30 of 46 scavenges started between a request's arrival and its answer). V8's own
 * scavenge task (posted at 80% full) did not run before the next request in time. So once an answer
 * (or any message) has been written, `afterMessage` runs the scavenge itself when the young
 * generation is at least three quarters full: it then happens while the editor reads the answer, and
 * a request of up to about 250 KB of allocation never meets a full young generation. Measured on the
 * bench's 1 MB document (A/B, 4 runs of 100 requests of each kind): no scavenge left on the request
 * path (8-13 before), as many scavenges in all (14-15, 14-18 before), RSS unchanged (100-105 MB).
 * At half full there were half again as many scavenges (22), and objects promoted sooner made the old
 * generation, and RSS, grow (137 MB in 2 runs of 4).
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

setFlagsFromString('--semi-space-growth-factor=1');

type Gc = (options: { type: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;

/**
 * V8's `gc` function, with which a scavenge can be asked for. `--expose-gc` set at run time installs
 * it in contexts made afterwards (not in this one): a small new context hands it over.
 */
function exposedGc(): Gc | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as Gc) : undefined;
  } catch {
    return undefined;
  }
}

const gc = exposedGc();

/** The young generation's fill: bytes in use and the bytes it holds before V8 must collect it. */
export function youngGenerationFill(): { used: number; capacity: number } | undefined {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  // space_size counts both semi-spaces; objects are allocated in one: what is used plus what is left.
  return space && { used: space.space_used_size, capacity: space.space_used_size + space.space_available_size };
}

/** How full the young generation must be for `afterMessage` to collect it. */
export const COLLECT_AT = 0.75;

/**
 * Called once a message has been written to the client: collects the young generation now, between
 * requests, when it is at least three quarters full (see above). Returns whether it did.
 */
export function afterMessage(): boolean {
  if (!gc) return false;
  const fill = youngGenerationFill();
  if (!fill || fill.used < fill.capacity * COLLECT_AT) return false;
  gc({ type: 'minor' });
  return true;
}
