/**
 * A small seeded generator of numbers in [0, 1) (mulberry32): the same sequence for the same seed,
 * so that the demo's season, a benchmark's data and a randomized test come back the same.
 * Not for anything secret (node:crypto is).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
