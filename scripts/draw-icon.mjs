// Draws the extension icon, images/icon.png (128×128 RGBA PNG): a letter sheet with a folded
// corner and text lines on a dark-blue tile, and a green check mark. Our own drawing, no logo.
// Run: node scripts/draw-icon.mjs [out.png]. Node only (zlib for the PNG's deflate stream).
import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // samples per pixel per axis: smooth edges without a graphics library

const BLUE = [0x15, 0x42, 0x73];
const PAPER = [0xff, 0xff, 0xff];
const FOLD = [0xc9, 0xd6, 0xe6];
const LINE = [0x8a, 0x9b, 0xb0];
const GREEN = [0x39, 0x87, 0x0c];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const distToSegment = (x, y, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};

/** The colour at a point, or null for transparent. Later shapes paint over earlier ones. */
function colourAt(x, y) {
  if (!inRoundRect(x, y, 4, 4, 124, 124, 22)) return null;
  let c = BLUE;
  // The sheet: x 30..92, y 18..110, its top-right corner folded over (18 px).
  const onSheet = x >= 30 && x <= 92 && y >= 18 && y <= 110 && x - 30 + (110 - y) >= 0 && 92 - x + (y - 18) >= 18;
  if (onSheet) c = PAPER;
  if (x >= 74 && x <= 92 && y >= 18 && y <= 36 && x - 74 <= y - 18) c = FOLD;
  // Text lines.
  for (const [y0, x1] of [[44, 82], [54, 82], [64, 74], [74, 80]]) if (y >= y0 && y <= y0 + 4 && x >= 40 && x <= x1) c = LINE;
  // The check mark, with a blue outline so it reads on both paper and tile.
  const a = [66, 92], b = [78, 104], d = [104, 74];
  const dist = Math.min(distToSegment(x, y, a, b), distToSegment(x, y, b, d));
  if (dist <= 10) c = BLUE;
  if (dist <= 6) c = GREEN;
  return c;
}

function pixels() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = colourAt(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
          if (!c) continue;
          sum[0] += c[0]; sum[1] += c[1]; sum[2] += c[2]; sum[3] += 1;
        }
      }
      const i = (py * SIZE + px) * 4;
      if (sum[3] === 0) continue;
      rgba[i] = Math.round(sum[0] / sum[3]);
      rgba[i + 1] = Math.round(sum[1] / sum[3]);
      rgba[i + 2] = Math.round(sum[2] / sum[3]);
      rgba[i + 3] = Math.round((255 * sum[3]) / (SS * SS));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function iconPng() {
  const rgba = pixels();
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4); // filter 0 per row
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'images', 'icon.png');
  fs.writeFileSync(out, iconPng());
  console.log(`${out}: ${SIZE}×${SIZE}`);
}
