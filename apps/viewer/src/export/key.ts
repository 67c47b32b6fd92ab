/**
 * The pseudonymisation key in the browser: the same text as the CLI's key file (`trackmap.key`),
 * 32 random bytes written as 64 hex digits (any even number of at least 32 hex digits is read,
 * surrounding white space ignored), so a key pasted from the file gives the CLI's pseudonyms.
 * A key that is plainly not random is refused as the CLI refuses it (the core's `keyWeakness`).
 */

import { keyWeakness, TrackmapError } from '@trackmap/core';

/** Text that is not a pseudonymisation key as the CLI's key file holds one. */
export class KeyError extends TrackmapError {
  declare readonly code: 'INVALID_KEY';
  constructor(message: string) {
    super('INVALID_KEY', message);
    this.name = 'KeyError';
  }
}

/** The key's bytes. @throws KeyError when the text is not a key as the CLI reads it. */
export function parseKeyHex(text: string): Uint8Array {
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{32,}$/.test(hex) || hex.length % 2 !== 0) {
    throw new KeyError('expected a key of at least 32 hex digits (16 bytes), as in trackmap.key');
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  const weak = keyWeakness(out);
  if (weak !== null) throw new KeyError(`this key is too weak (${weak}): use "New key", or the key trackmap made`);
  return out;
}

export function toHexString(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new key from the browser's cryptographic generator, as the CLI makes one. */
export function generateKeyHex(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return toHexString(random(new Uint8Array(32)));
}
