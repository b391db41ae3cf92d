import { createHash } from 'node:crypto';

/** Brug's namespace for the ids of records it derives (UUID version 5, RFC 9562). */
const BRUG_NAMESPACE = '6f1c7a52-3b0e-5d8a-9c4e-0b7d2e9f1a34';

/**
 * A stable UUID for a record Brug has no row of its own for (a phone, an attribute, a
 * taxonomy term): the same parts give the same id in every export, so a re-import changes
 * nothing and other systems can keep their links.
 */
export function derivedId(...parts: string[]): string {
  const namespace = Buffer.from(BRUG_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(parts.join('\u001f')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
