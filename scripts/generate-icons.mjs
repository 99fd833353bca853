// Draws the app's PNG icons into public/ (the bar chart of public/favicon.svg in the accent colour).
// Only Node's built-in modules: the pixels are computed here and written as a PNG by hand.
// Run from the project root: node scripts/generate-icons.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { deflateSync } from 'node:zlib';

const ACCENT = [0x0b, 0x5a, 0x7a];
const WHITE = [0xff, 0xff, 0xff];

// The favicon's shapes on its 32 × 32 grid.
const BARS = [
  { x: 6, y: 18, width: 5, height: 8 },
  { x: 13.5, y: 12, width: 5, height: 14 },
  { x: 21, y: 6, width: 5, height: 20 },
];
const CORNER = 6;

/** Is the point (in 32-grid units) inside the rounded background square? */
function inRoundedSquare(x, y) {
  if (x < 0 || y < 0 || x > 32 || y > 32) return false;
  const cx = Math.min(Math.max(x, CORNER), 32 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 32 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

/**
 * One icon as RGBA rows. `maskable`: the background fills the square and the bars shrink into
 * the central safe zone, since the platform crops the icon to its own shape.
 */
function draw(size, maskable) {
  const scale = maskable ? 0.72 : 1;
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let bar = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 32;
          const y = ((py + (sy + 0.5) / samples) / size) * 32;
          if (!maskable && !inRoundedSquare(x, y)) continue;
          background++;
          const bx = 16 + (x - 16) / scale;
          const by = 16 + (y - 16) / scale;
          if (BARS.some((b) => bx >= b.x && bx < b.x + b.width && by >= b.y && by < b.y + b.height)) bar++;
        }
      }
      const offset = (py * size + px) * 4;
      const mix = background === 0 ? 0 : bar / background;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(ACCENT[channel] * (1 - mix) + WHITE[channel] * mix);
      }
      pixels[offset + 3] = Math.round((background / samples ** 2) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS = [
  { file: 'public/pwa-192x192.png', size: 192, maskable: false },
  { file: 'public/pwa-512x512.png', size: 512, maskable: false },
  { file: 'public/maskable-icon-512x512.png', size: 512, maskable: true },
];

for (const icon of ICONS) {
  const data = png(icon.size, draw(icon.size, icon.maskable));
  writeFileSync(icon.file, data);
  process.stdout.write(`${icon.file} ${data.length} B\n`);
}
