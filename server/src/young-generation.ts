/**
 * Keeps V8's young generation at its first size (two semi-spaces of 1 MB on 64-bit) in the Node
 * server, instead of letting it grow to 16 MB each as soon as a validation keeps many objects alive
 * for a while. Required by main.ts once `initialize` is answered, before the language service loads
 * (nothing before it allocates enough for the young generation to grow).
 *
 * Measured with `npm run bench` and heap statistics of the server (docs/PERFORMANCE.md): with a
 * 64 KB document open, the young generation had grown to 16.8 MB of which 0.5 MB was in use, which
 * made most of the difference in resident memory with VS Code's JSON server (1.34–1.40×); at 1 MB,
 * 33.6 MB for 3.6 MB in use. With the growth factor at 1, RSS is 5 MB lower on small documents and
 * about 30 MB lower on 1 MB, with completion, hover and first-diagnostics times unchanged within the
 * noise of interleaved runs: the server's requests allocate little, and what a validation keeps is
 * promoted once either way.
 *
 * The growth factor is read by V8 each time it considers growing the young generation, so setting it
 * at run time takes effect (unlike `--max-semi-space-size`, fixed when the heap is made). The web
 * worker build does not have `v8` and is not concerned.
 */
import { setFlagsFromString } from 'v8';

setFlagsFromString('--semi-space-growth-factor=1');
