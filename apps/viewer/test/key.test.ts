import { createHmac } from 'node:crypto';
import { pseudonym } from '@trackmap/core';
import { describe, expect, it } from 'vitest';
import { generateKeyHex, KeyError, parseKeyHex, toHexString } from '../src/export/key.js';

const KEY = 'a19785effea6484b602f6917f9995c9b46a50d9315e9484847bcd4b9dc05cf8a';

describe('the pseudonymisation key', () => {
  it('reads the hex text of a trackmap.key file (trailing newline and case ignored)', () => {
    const key = parseKeyHex(`${KEY.toUpperCase()}\n`);
    expect(key).toHaveLength(32);
    expect(toHexString(key)).toBe(KEY);
  });
  it('refuses what the CLI refuses: too short, odd length, not hex', () => {
    for (const bad of [
      '',
      'abcd',
      `${KEY}0`,
      `${KEY.slice(0, 62)}zz`,
      '0'.repeat(30),
      '0'.repeat(64),
      'ab'.repeat(32),
    ]) {
      expect(() => parseKeyHex(bad), bad).toThrow(KeyError);
    }
  });
  it('gives the pseudonyms the CLI gives: P- and 10 hex digits of HMAC-SHA-256(key, id)', () => {
    const expected = `P-${createHmac('sha256', Buffer.from(KEY, 'hex')).update('ald-001', 'utf8').digest('hex').slice(0, 10)}`;
    expect(pseudonym(parseKeyHex(KEY), 'ald-001')).toBe(expected);
  });
  it('generates 32 random bytes as 64 hex digits', () => {
    const hex = generateKeyHex((b) => b.fill(171));
    expect(hex).toBe('ab'.repeat(32));
    expect(parseKeyHex(generateKeyHex())).toHaveLength(32);
  });
});
