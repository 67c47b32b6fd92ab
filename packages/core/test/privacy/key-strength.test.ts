// Issue 16, item 4: a key of all zeros, or of low entropy, was accepted.
import { describe, expect, it } from 'vitest';
import { TrackmapError } from '../../src/errors.js';
import { keyWeakness } from '../../src/privacy/key-strength.js';
import { createPseudonymizer } from '../../src/privacy/pseudonyms.js';
import { createRng } from '../../src/utils/rng.js';

const hex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
const text = (s: string) => new TextEncoder().encode(s);

describe('keyWeakness', () => {
  it.each([
    ['all zeros', new Uint8Array(32)],
    ['one byte repeated', new Uint8Array(32).fill(0x8f)],
    ['counting up', Uint8Array.from({ length: 32 }, (_, i) => i)],
    ['counting down across the wrap', Uint8Array.from({ length: 32 }, (_, i) => (5 - 3 * i + 768) % 256)],
    ['a 4-byte pattern', hex('deadbeef'.repeat(8))],
    ['00112233…ff twice', hex('00112233445566778899aabbccddeeff'.repeat(2))],
    ['few distinct bytes', hex('0102010201020102030403040304030405060506050605060708070807080708')],
    ['a password in hex', text('correct horse battery staple 42!')],
    ['too short', hex('5de546d1c8d2dcb936c325b72d3958')],
  ])('refuses %s', (_what, key) => {
    expect(keyWeakness(key)).not.toBeNull();
    expect(() => createPseudonymizer(key)).toThrow(TrackmapError);
  });

  it('accepts random keys of 16, 32 and 64 bytes (1,000 of each, seeded)', () => {
    const rng = createRng(16);
    for (const n of [16, 32, 64])
      for (let i = 0; i < 1000; i++) {
        const key = Uint8Array.from({ length: n }, () => Math.floor(rng() * 256));
        expect(keyWeakness(key), Buffer.from(key).toString('hex')).toBeNull();
      }
  });
});
