import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const IV_BYTES = 12;
const TAG_BYTES = 16;
export const CACHE_KEY_BYTES = 32;

const keyObjects = new WeakMap<Buffer, { bytes: Buffer; object: KeyObject }>();

/**
 * The key as a KeyObject, made once per key: given raw bytes, every cipher imports the key anew, which was most of
 * the cost of sealing a bulk job's small journal records. Checked against a copy of the bytes, so a buffer changed
 * in place never seals with its old contents.
 */
function keyObjectOf(key: Buffer): KeyObject {
  const known = keyObjects.get(key);
  if (known?.bytes.equals(key)) return known.object;
  const object = createSecretKey(key);
  keyObjects.set(key, { bytes: Buffer.from(key), object });
  return object;
}

/**
 * Deflate (level 1) then AES-256-GCM: iv | ciphertext | tag. Compressing first shrinks what is encrypted and
 * written by ~5-25x on grid rows, which is most of the write time; the file holds no attacker-chosen text next
 * to secrets that an observer could probe through sizes, so compression leaks nothing useful here.
 */
export function sealText(key: Buffer, aad: string, text: string): Uint8Array {
  const packed = deflateRawSync(text, { level: 1 });
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyObjectOf(key), iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  return Buffer.concat([iv, cipher.update(packed), cipher.final(), cipher.getAuthTag()]);
}

/** Throws when the key, the AAD or any byte of the record is not the one it was sealed with. */
export function openText(key: Buffer, aad: string, sealed: Uint8Array): string {
  if (sealed.byteLength < IV_BYTES + TAG_BYTES) throw new Error('sealed record too short');
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.byteLength - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', keyObjectOf(key), iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  const packed = Buffer.concat([
    decipher.update(sealed.subarray(IV_BYTES, sealed.byteLength - TAG_BYTES)),
    decipher.final(),
  ]);
  return inflateRawSync(packed).toString('utf8');
}
