import fc from 'fast-check';
import { expect, test } from 'vitest';
import { crc32, isPng, pixelDensity, pngSize, withPixelDensity } from '../../src/lib/png-density';

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

function chunk(type: string, data: number[]): number[] {
  const body = [...ascii(type), ...data];
  const crc = crc32(Uint8Array.from(body));
  const length = data.length;
  return [length >>> 24, (length >>> 16) & 255, (length >>> 8) & 255, length & 255, ...body, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255];
}

/** A PNG's structure with a given size: signature, IHDR, an IDAT and IEND. */
function png(width: number, height: number, extra: number[] = []): Uint8Array {
  const u32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', [...u32(width), ...u32(height), 8, 6, 0, 0, 0]),
    ...extra,
    ...chunk('IDAT', [1, 2, 3]),
    ...chunk('IEND', []),
  ]);
}

test('the CRC is the one PNG defines (the IEND chunk always ends AE 42 60 82)', () => {
  expect(crc32(Uint8Array.from(ascii('IEND')))).toBe(0xae426082);
});

test('the size is read from the IHDR chunk', () => {
  expect(pngSize(png(1536, 980))).toEqual({ width: 1536, height: 980 });
});

test('a file that is not a PNG is refused', () => {
  expect(isPng(Uint8Array.from(ascii('<svg>')))).toBe(false);
  expect(() => withPixelDensity(Uint8Array.from(ascii('<svg></svg>')), 192)).toThrow('not a PNG file');
});

test('a PNG without density gets 192 dpi right after IHDR and keeps everything else', () => {
  const original = png(10, 20);
  expect(pixelDensity(original)).toBeNull();
  const marked = withPixelDensity(original, 192);
  expect(pixelDensity(marked)).toBe(192);
  expect(String.fromCharCode(...marked.subarray(37, 41))).toBe('pHYs');
  expect(marked.length).toBe(original.length + 21);
  expect([...marked.subarray(0, 33)]).toEqual([...original.subarray(0, 33)]);
  expect([...marked.subarray(33 + 21)]).toEqual([...original.subarray(33)]);
  expect(pngSize(marked)).toEqual({ width: 10, height: 20 });
});

test('an earlier density chunk is replaced, never doubled', () => {
  const withOld = png(4, 4, chunk('pHYs', [0, 0, 11, 19, 0, 0, 11, 19, 1]));
  const marked = withPixelDensity(withOld, 192);
  expect(pixelDensity(marked)).toBe(192);
  expect(String.fromCharCode(...marked).split('pHYs')).toHaveLength(2);
});

test('every chunk of the marked file has a correct CRC, whatever the size and density', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 72, max: 1200 }), (width, height, dpi) => {
      const marked = withPixelDensity(png(width, height), dpi);
      const view = new DataView(marked.buffer);
      for (let at = 8; at < marked.length; at += 12 + view.getUint32(at)) {
        const length = view.getUint32(at);
        expect(crc32(marked.subarray(at + 4, at + 8 + length))).toBe(view.getUint32(at + 8 + length));
      }
      expect(pixelDensity(marked)).toBe(dpi);
    }),
  );
});
