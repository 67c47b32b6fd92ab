/**
 * The pseudonymisation key on disk (Node only): 32 random bytes as 64 hex digits. Read from the
 * file the user names, or, when none is named, from `trackmap.key` in the working directory,
 * created there (readable by the owner only) if it does not exist yet. A key that is plainly not
 * random (all zeros, a counting sequence, a repeated pattern, text: see privacy/key-strength.ts)
 * is refused; a key file that other users of the machine can read is reported (`exposed`), so the
 * caller can warn.
 */

import { randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { TrackmapError } from '../errors.js';
import { keyWeakness } from '../privacy/key-strength.js';

/** The key file used when `--key` is not given: `trackmap.key` in the working folder. */
export const DEFAULT_KEY_FILE = 'trackmap.key';

/**
 * A pseudonymisation key as loaded: the bytes, the file, whether this call created it, and whether others may
 * read it.
 */
export interface LoadedKey {
  key: Uint8Array;
  path: string;
  /** True when the file was created by this call. */
  created: boolean;
  /**
   * The file's permission bits when its group or others may read or write it (`mode & 0o077`,
   * e.g. `0o644`); absent otherwise, and on Windows, where the bits mean nothing.
   */
  exposed?: number;
}

/**
 * Reads the pseudonymisation key (hex), or creates `trackmap.key` with 32 random bytes (mode 0600) when no
 * path was given and it does not exist.
 */
export async function loadOrCreateKey(path?: string): Promise<LoadedKey> {
  const file = path ?? DEFAULT_KEY_FILE;
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || path !== undefined) {
      throw new TrackmapError(
        'INVALID_OPTION',
        `${file}: cannot read the key file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        { cause: error },
      );
    }
  }
  if (text === undefined) {
    const key = new Uint8Array(randomBytes(32));
    await writeFile(file, `${Buffer.from(key).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    return { key, path: file, created: true };
  }
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{32,}$/.test(hex) || hex.length % 2 !== 0) {
    throw new TrackmapError('INVALID_OPTION', `${file}: expected a key of at least 32 hex digits (16 bytes)`);
  }
  const key = new Uint8Array(Buffer.from(hex, 'hex'));
  const weak = keyWeakness(key);
  if (weak !== null) {
    throw new TrackmapError(
      'INVALID_OPTION',
      `${file}: this key is too weak to pseudonymise with (${weak}). Use 32 random bytes: delete the file and let trackmap create one, or write one with "openssl rand -hex 32 > ${file}". Pseudonyms made with the old key will not match the new ones.`,
    );
  }
  const mode = process.platform === 'win32' ? 0 : (await stat(file)).mode & 0o777;
  return { key, path: file, created: false, ...((mode & 0o077) !== 0 ? { exposed: mode } : {}) };
}
