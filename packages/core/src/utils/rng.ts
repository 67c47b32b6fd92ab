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
