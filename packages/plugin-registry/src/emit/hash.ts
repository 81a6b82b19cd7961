import { createHash } from 'node:crypto';

/** The lower-case hex SHA-256 of a text's UTF-8 bytes. */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
