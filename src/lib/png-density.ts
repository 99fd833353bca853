/**
 * Marks a PNG with its pixel density (a `pHYs` chunk), so that an image drawn at twice the screen
 * size is placed at its intended size in a word processor or a PDF, sharp when printed, instead of
 * twice as large. Canvas encoders write no density, and programs then assume 72 or 96 dpi.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const INCHES_PER_METRE = 39.3701;
// Signature (8) + IHDR: length (4), type (4), data (13), CRC (4).
const AFTER_IHDR = 8 + 4 + 4 + 13 + 4;

export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** Width and height from the IHDR chunk, which the PNG standard puts first. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!isPng(bytes) || chunkType(bytes, 8) !== 'IHDR') throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The PNG with a `pHYs` chunk for `dpi` dots per inch right after IHDR, replacing any earlier one. */
export function withPixelDensity(bytes: Uint8Array, dpi: number): Uint8Array {
  pngSize(bytes);
  const rest = withoutChunk(bytes.subarray(AFTER_IHDR), 'pHYs');
  const perMetre = Math.round(dpi * INCHES_PER_METRE);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1; // the unit is the metre
  const chunk = pngChunk('pHYs', data);
  const result = new Uint8Array(AFTER_IHDR + chunk.length + rest.length);
  result.set(bytes.subarray(0, AFTER_IHDR), 0);
  result.set(chunk, AFTER_IHDR);
  result.set(rest, AFTER_IHDR + chunk.length);
  return result;
}

/** The density a `pHYs` chunk states, in dots per inch, or null when there is none. */
export function pixelDensity(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 8 <= bytes.length; at += 12 + view.getUint32(at)) {
    if (chunkType(bytes, at) === 'pHYs' && bytes[at + 16] === 1) return Math.round(view.getUint32(at + 8) / INCHES_PER_METRE);
  }
  return null;
}

function withoutChunk(chunks: Uint8Array, type: string): Uint8Array {
  const view = new DataView(chunks.buffer, chunks.byteOffset, chunks.byteLength);
  const kept: Uint8Array[] = [];
  for (let at = 0; at + 8 <= chunks.length; ) {
    const end = at + 12 + view.getUint32(at);
    if (chunkType(chunks, at) !== type) kept.push(chunks.subarray(at, end));
    at = end;
  }
  const result = new Uint8Array(kept.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of kept) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at + 4, at + 8));
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 as PNG defines it (ISO 3309), over a chunk's type and data. */
export function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
