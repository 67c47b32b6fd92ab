/**
 * Seeded random numbers
 * =====================
 *
 * Mulberry32 (Tommy Ettinger, public domain): a 32-bit generator, small and fast, good
 * enough for Louvain's node shuffling and Monte Carlo tie-breaking; not for cryptography.
 * Every stochastic function takes `rng: () => number`; this makes one from an integer seed.
 */

/** Returns a function that yields uniform numbers in [0, 1), the same sequence for the same seed. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The 32-bit seed of chunk k: `seed · 0x9e3779b1 + k`, mixed with MurmurHash3's finaliser
 * (fmix32) so that neighbouring chunks get unrelated mulberry32 streams. Work split into chunks
 * draws chunk k from `createRng(chunkSeed(seed, k))`, so results do not depend on the thread count.
 */
export function chunkSeed(seed: number, chunkIndex: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) + (chunkIndex >>> 0)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
