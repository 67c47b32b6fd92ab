/**
 * The pseudonymisation key on disk (Node only): 32 random bytes as 64 hex digits. Read from the
 * file the user names, or, when none is named, from `trackmap.key` in the working directory,
 * created there (readable by the owner only) if it does not exist yet.
 */

import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { TrackmapError } from '../errors.js';

export const DEFAULT_KEY_FILE = 'trackmap.key';

export interface LoadedKey {
  key: Uint8Array;
  path: string;
  /** True when the file was created by this call. */
  created: boolean;
}

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
  return { key: new Uint8Array(Buffer.from(hex, 'hex')), path: file, created: false };
}
