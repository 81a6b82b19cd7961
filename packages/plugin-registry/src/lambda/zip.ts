import { zipSync } from 'fflate';

/** 1980-01-01, the earliest DOS time a zip can hold: a fixed time keeps the zip byte-identical across builds. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** A zip with exactly `handler.mjs` (readable by everyone, as Lambda requires), deterministic for the same bundle. */
export function zipHandler(bundle: string): Uint8Array {
  return zipSync(
    { 'handler.mjs': [new TextEncoder().encode(bundle), { mtime: FIXED_MTIME, level: 9, attrs: 0o100644 << 16, os: 3 }] },
    { mtime: FIXED_MTIME },
  );
}
