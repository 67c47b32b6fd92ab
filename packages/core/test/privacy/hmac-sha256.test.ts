import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256, sha256, toHex, utf8Bytes } from '../../src/privacy/hmac-sha256.js';
import { createRng } from '../../src/utils/rng.js';

const hex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (b) => Number.parseInt(b, 16));

describe('SHA-256 (FIPS 180-4)', () => {
  // Source: NIST CSRC example values for SHA-256 ("abc", the 448-bit message, the empty string).
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('NIST vector %j', (message, digest) => {
    expect(toHex(sha256(utf8Bytes(message)))).toBe(digest);
  });

  it('agrees with node:crypto on seeded random inputs of every length up to 300 bytes', () => {
    const rng = createRng(1);
    for (let n = 0; n <= 300; n++) {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(rng() * 256));
      expect(toHex(sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});

describe('HMAC-SHA-256 (RFC 2104)', () => {
  // Source: RFC 4231, test cases 1, 2 and 6 (key longer than the block).
  it('RFC 4231 test cases', () => {
    expect(toHex(hmacSha256(hex('0b'.repeat(20)), utf8Bytes('Hi There')))).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
    expect(toHex(hmacSha256(utf8Bytes('Jefe'), utf8Bytes('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(
      toHex(hmacSha256(hex('aa'.repeat(131)), utf8Bytes('Test Using Larger Than Block-Size Key - Hash Key First'))),
    ).toBe('60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');
  });

  it('agrees with node:crypto, and utf8Bytes with Buffer, on non-ASCII text', () => {
    for (const text of ['Zoë Mürvik', 'Čorenko, Mirava', '𝒯rack Ⅱ', 'ald-001']) {
      expect(Buffer.from(utf8Bytes(text)).toString('utf8')).toBe(text);
      expect(toHex(hmacSha256(utf8Bytes('key'), utf8Bytes(text)))).toBe(
        createHmac('sha256', 'key').update(text).digest('hex'),
      );
    }
  });
});
