import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const IV_BYTES = 12;
const TAG_BYTES = 16;
export const CACHE_KEY_BYTES = 32;
/** Records shorter than this are stored, not compressed: setting up deflate costs more than the bytes it saves. */
const STORED_BELOW_BYTES = 1024;
const STORED_HEADER_BYTES = 5;
/** IVs are drawn from the OS in blocks: one call per IV was a third of sealing a bulk job's small records. */
const IV_BLOCK_BYTES = IV_BYTES * 256;

let ivBlock = Buffer.alloc(0);
let ivOffset = 0;

function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivBlock.byteLength) {
    ivBlock = randomBytes(IV_BLOCK_BYTES);
    ivOffset = 0;
  }
  const iv = ivBlock.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

/** Raw deflate of one final stored block (RFC 1951, 3.2.4): the bytes as they are, which inflate reads back. */
function storedBlock(bytes: Buffer): Buffer {
  const header = Buffer.alloc(STORED_HEADER_BYTES);
  header[0] = 0x01; // BFINAL 1, BTYPE 00
  header.writeUInt16LE(bytes.byteLength, 1);
  header.writeUInt16LE(~bytes.byteLength & 0xffff, 3);
  return Buffer.concat([header, bytes]);
}

/** True for a stream that is exactly one final stored block, whatever wrote it: its bytes need no inflate. */
function isOneStoredBlock(packed: Buffer): boolean {
  if (packed.byteLength < STORED_HEADER_BYTES || packed[0] !== 0x01) return false;
  const length = packed.readUInt16LE(1);
  return packed.readUInt16LE(3) === (~length & 0xffff) && packed.byteLength === STORED_HEADER_BYTES + length;
}

function pack(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return bytes.byteLength < STORED_BELOW_BYTES ? storedBlock(bytes) : deflateRawSync(bytes, { level: 1 });
}

function unpack(packed: Buffer): string {
  return isOneStoredBlock(packed)
    ? packed.toString('utf8', STORED_HEADER_BYTES)
    : inflateRawSync(packed).toString('utf8');
}

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
 * Raw deflate (level 1; a stored block for short texts) then AES-256-GCM: iv | ciphertext | tag. Compressing first
 * shrinks what is encrypted and written by ~5-25x on grid rows, which is most of the write time; the file holds no
 * attacker-chosen text next to secrets that an observer could probe through sizes, so compression leaks nothing
 * useful here.
 */
export function sealText(key: Buffer, aad: string, text: string): Uint8Array {
  const packed = pack(text);
  const iv = nextIv();
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
  return unpack(packed);
}
