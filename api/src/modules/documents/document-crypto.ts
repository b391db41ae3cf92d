import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { BrugError } from '../../common';

/** What is stored of one file: its bytes encrypted with a key of its own, and that key wrapped by BRUG_SECRET_KEY. */
export interface SealedFile {
  ciphertext: Buffer;
  /** 12-byte GCM nonce of the content. */
  iv: Buffer;
  /** 16-byte GCM tag of the content. */
  authTag: Buffer;
  /** The file's 32-byte key under the master key: nonce (12) | tag (16) | encrypted key (32). */
  wrappedKey: Buffer;
}

function gcmEncrypt(key: Buffer, plain: Buffer): { iv: Buffer; tag: Buffer; data: Buffer } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data };
}

function gcmDecrypt(key: Buffer, iv: Buffer, tag: Buffer, data: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

/** AES-256-GCM with a fresh key per file; the key itself is encrypted (AES-256-GCM) with the master key. */
export function sealFile(masterKey: Buffer, plain: Buffer): SealedFile {
  const fileKey = randomBytes(32);
  const content = gcmEncrypt(fileKey, plain);
  const wrapped = gcmEncrypt(masterKey, fileKey);
  fileKey.fill(0);
  return { ciphertext: content.data, iv: content.iv, authTag: content.tag, wrappedKey: Buffer.concat([wrapped.iv, wrapped.tag, wrapped.data]) };
}

export const wrongKeyError = () =>
  new BrugError(
    'SERVICE_UNAVAILABLE',
    'This document cannot be decrypted: Brug runs with a different BRUG_SECRET_KEY than the one it was stored with. Start Brug with the original key (nothing was sent).',
    { reason: 'WRONG_SECRET_KEY', http: { status: 503 } },
  );

/**
 * The file's bytes, or an error: GCM checks both the wrapped key and the content, so a wrong
 * master key (or changed bytes) never yields garbage.
 */
export function openFile(masterKey: Buffer, sealed: SealedFile): Buffer {
  let fileKey: Buffer;
  try {
    fileKey = gcmDecrypt(masterKey, sealed.wrappedKey.subarray(0, 12), sealed.wrappedKey.subarray(12, 28), sealed.wrappedKey.subarray(28));
  } catch {
    throw wrongKeyError();
  }
  try {
    return gcmDecrypt(fileKey, sealed.iv, sealed.authTag, sealed.ciphertext);
  } catch {
    throw new BrugError('SERVICE_UNAVAILABLE', 'This document is damaged in the database and cannot be opened.', {
      reason: 'DOCUMENT_DAMAGED',
      http: { status: 503 },
    });
  } finally {
    fileKey.fill(0);
  }
}

/** The types a document may be, recognised by their first bytes (never by the name or the browser's word for it). */
export const DOCUMENT_TYPES = [
  { mimeType: 'application/pdf', extension: 'pdf', magic: [Buffer.from('%PDF-', 'latin1')] },
  { mimeType: 'image/png', extension: 'png', magic: [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])] },
  { mimeType: 'image/jpeg', extension: 'jpg', magic: [Buffer.from([0xff, 0xd8, 0xff])] },
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export function detectType(content: Buffer): DocumentType | null {
  return DOCUMENT_TYPES.find((t) => t.magic.some((m) => content.length >= m.length && content.subarray(0, m.length).equals(m))) ?? null;
}
