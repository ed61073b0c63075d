// The size budget of a first load: what a browser with an empty cache
// downloads for one page (HTML, CSS, JavaScript, WebAssembly), in bytes as
// sent (brotli). tests/budget.spec.ts fails when a page crosses it.
//
// Set on 2026-12-05, when the pages became server-rendered with islands:
// the WebAssembly measured 98.3 KB brotli, a 60-card board's first load
// 118.4 KB and the largest other page 120.7 KB (before islands: 907 KB of
// WebAssembly, about 990 KB for the board). Raise a number only with a
// reason written in BENCHMARKS.md.
export const BUDGET = {
  /** The WebAssembly of the islands. */
  wasm: 110 * 1024,
  /** A 60-card board's first load. */
  board: 150 * 1024,
  /** Any other page's first load. */
  page: 200 * 1024,
};
