/**
 * Is a pseudonymisation key strong enough?
 * ========================================
 *
 * A keyed pseudonym is only as secret as its key: with a key someone can guess, they recompute
 * the pseudonym of every name they suspect and read the outputs as if they were not
 * pseudonymised. trackmap makes its keys from 32 random bytes (`trackmap.key`), but a user can
 * write a key file by hand. A key is refused when it is shorter than 16 bytes or when it is
 * plainly not random:
 *
 * - every byte the same (all zeros, `ffff…`);
 * - a counting sequence: the same step from each byte to the next (`00 01 02 …`, `ff fe fd …`);
 * - a repeated pattern: the bytes repeat with a period of at most n/2 (`deadbeef` × 8,
 *   `00112233…ff` × 2), which n random bytes do with a chance below 256^(−n/2);
 * - few distinct bytes: fewer than min(n/2, 64) of the n bytes differ — n random bytes have about
 *   256·(1 − (255/256)ⁿ) distinct values (15.5 of 16, 30 of 32), so a random key is refused with
 *   a chance below 10⁻⁷;
 * - text: every byte printable ASCII (a password written in hex), which n random bytes are with
 *   a chance of (95/256)ⁿ (10⁻⁷ for 16 bytes, 10⁻¹⁴ for 32).
 *
 * These are tests for keys a person made, not a measure of entropy: a key that passes can still
 * be weak if it was derived from something guessable. Make keys with a cryptographic generator.
 *
 * Reference: NIST SP 800-133 Rev. 2 (2020), Recommendation for Cryptographic Key Generation,
 * §4: keys come from an approved random bit generator. doi:10.6028/NIST.SP.800-133r2
 */

/** The shortest key accepted, in bytes. */
export const MIN_KEY_BYTES = 16;

/**
 * Why a key is too weak to pseudonymise with, or null when it is acceptable.
 *
 * @param key - the key's bytes.
 * @returns a short reason (`"all 32 bytes are 0x00"`), or null.
 * @example keyWeakness(new Uint8Array(32)) // "all 32 bytes are 0x00"
 */
export function keyWeakness(key: Uint8Array): string | null {
  const n = key.length;
  if (n < MIN_KEY_BYTES) return `it has ${n} bytes, fewer than ${MIN_KEY_BYTES}`;
  const first = key[0] as number;
  const step = ((key[1] as number) - first + 256) % 256;
  let counting = true;
  for (let i = 1; i < n && counting; i++) counting = ((key[i] as number) - (key[i - 1] as number) + 256) % 256 === step;
  if (counting && step === 0) return `all ${n} bytes are 0x${first.toString(16).padStart(2, '0')}`;
  if (counting) return `its ${n} bytes count in steps of ${step}`;
  for (let period = 1; period <= n / 2; period++) {
    let repeats = true;
    for (let i = period; i < n && repeats; i++) repeats = key[i] === key[i - period];
    if (repeats) return `its bytes repeat every ${period} bytes`;
  }
  const distinct = new Set(key).size;
  if (distinct < Math.min(n / 2, 64)) return `only ${distinct} of its ${n} bytes differ`;
  if (key.every((b) => b >= 0x20 && b <= 0x7e)) return `its ${n} bytes are all printable text, not random bytes`;
  return null;
}
