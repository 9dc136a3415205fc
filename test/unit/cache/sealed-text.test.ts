import { createCipheriv, randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openText, sealText } from '../../../src-main/cache/sealed-text.ts';

const KEY = randomBytes(32);
const IV_AND_TAG = 12 + 16;

/** A record sealed around `packed` as it is: what an earlier version, or a damaged writer, could have left. */
function sealPacked(key: Buffer, aad: string, packed: Buffer): Uint8Array {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  return Buffer.concat([iv, cipher.update(packed), cipher.final(), cipher.getAuthTag()]);
}

/** A stored-block header (RFC 1951, 3.2.4) for `length` bytes. */
function storedHeader(length: number, { final = true, lengthCheck = ~length & 0xffff } = {}): Buffer {
  const header = Buffer.alloc(5);
  header[0] = final ? 0x01 : 0x00;
  header.writeUInt16LE(length, 1);
  header.writeUInt16LE(lengthCheck, 3);
  return header;
}

describe('sealed text', () => {
  it('refuses a record too short to hold an IV and a tag, before any crypto', () => {
    const sealed = sealText(KEY, 'aad', 'hello');
    expect(openText(KEY, 'aad', sealed)).toBe('hello');
    for (const length of [0, 12, 27]) {
      expect(() => openText(KEY, 'aad', sealed.subarray(0, length))).toThrow('sealed record too short');
    }
  });

  it('seals with what the key buffer holds now, also after it was changed in place', () => {
    const key = randomBytes(32);
    const before = Buffer.from(key);
    const first = sealText(key, 'aad', 'hello');
    key[0] = key[0]! ^ 0xff;
    const second = sealText(key, 'aad', 'hello');
    expect(openText(key, 'aad', second)).toBe('hello');
    expect(() => openText(key, 'aad', first)).toThrow();
    expect(openText(before, 'aad', first)).toBe('hello');
    expect(() => openText(before, 'aad', second)).toThrow();
  });

  it('stores texts under 1 KiB as they are and compresses longer ones, counting bytes, not characters', () => {
    const stored = (text: string): number => IV_AND_TAG + 5 + Buffer.byteLength(text);
    for (const text of ['', 'hello', 'x'.repeat(1023), '€'.repeat(341), '{"costCenter":"Zuid – 3"}']) {
      const sealed = sealText(KEY, 'aad', text);
      expect(sealed.byteLength).toBe(stored(text));
      expect(openText(KEY, 'aad', sealed)).toBe(text);
    }
    // 1,024 bytes and up: deflate, whose output for a repeated character is a few bytes
    for (const text of ['x'.repeat(1024), '€'.repeat(342), '€'.repeat(400), 'y'.repeat(70_000)]) {
      const sealed = sealText(KEY, 'aad', text);
      expect(sealed.byteLength).toBeLessThan(IV_AND_TAG + 400);
      expect(openText(KEY, 'aad', sealed)).toBe(text);
    }
  });

  it('opens records whose short texts were compressed, as earlier versions sealed them', () => {
    for (const text of ['hello', 'x'.repeat(500), JSON.stringify({ target: '/phonenumbers/7', to: 'Noord' })]) {
      const sealed = sealPacked(KEY, 'aad', deflateRawSync(text, { level: 1 }));
      expect(openText(KEY, 'aad', sealed)).toBe(text);
    }
  });

  it('reads a stored block only when it is whole and final; anything else is inflate’s to judge', () => {
    const text = Buffer.from('hello');
    const open = (packed: Buffer): string => openText(KEY, 'aad', sealPacked(KEY, 'aad', packed));
    expect(open(Buffer.concat([storedHeader(5), text]))).toBe('hello');
    // inflate stops at the final block and ignores what follows it
    expect(open(Buffer.concat([storedHeader(5), text, Buffer.from('XYZ')]))).toBe('hello');
    expect(open(Buffer.concat([storedHeader(3), text.subarray(0, 3), storedHeader(0)]))).toBe('hel');
    expect(
      open(Buffer.concat([storedHeader(2, { final: false }), Buffer.from('he'), storedHeader(3), Buffer.from('llo')])),
    ).toBe('hello');
    expect(() => open(Buffer.concat([storedHeader(5), text.subarray(0, 3)]))).toThrow('unexpected end of file');
    expect(() => open(Buffer.concat([storedHeader(5, { lengthCheck: 0xfffb }), text]))).toThrow(
      'invalid stored block lengths',
    );
    expect(() => open(Buffer.concat([storedHeader(5, { lengthCheck: 5 }), text]))).toThrow(
      'invalid stored block lengths',
    );
    expect(() => open(Buffer.concat([storedHeader(5, { final: false }), text]))).toThrow('unexpected end of file');
    expect(() => open(Buffer.from([0x01, 0x05]))).toThrow();
  });

  it('gives every record an IV of its own, across the blocks of random bytes the IVs are drawn from', () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 1_000; i += 1) {
      const sealed = sealText(KEY, 'aad', `record ${i}`);
      ivs.add(Buffer.from(sealed.subarray(0, 12)).toString('hex'));
      expect(openText(KEY, 'aad', sealed)).toBe(`record ${i}`);
    }
    expect(ivs.size).toBe(1_000);
  });
});
