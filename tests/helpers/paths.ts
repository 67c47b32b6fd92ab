import { fileURLToPath } from 'node:url';

/** Absolute path of a file or folder from the repository root. */
export const repo = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));
