// Draws the Confnotes icon (a note card with a play mark) at 16/32/48/128 px into icons/, as PNG.
// Run once when the design changes: node scripts/make-icons.mjs. No image library needed: a tiny PNG encoder.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6; // 8-bit RGBA
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The shape in unit coordinates (0..1): which colour a point is, or null for transparent. */
function colourAt(x, y) {
  const r = 0.2,
    inset = 0.04;
  const cx = Math.min(Math.max(x, inset + r), 1 - inset - r),
    cy = Math.min(Math.max(y, inset + r), 1 - inset - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const blue = [11, 98, 214],
    white = [255, 255, 255];
  // play triangle, top left
  if (x > 0.2 && x < 0.42 && Math.abs(y - 0.3) < (0.42 - x) * 0.55) return white;
  // note lines
  for (const [ly, x1] of [
    [0.3, 0.8],
    [0.52, 0.8],
    [0.72, 0.62],
  ]) {
    const x0 = ly === 0.3 ? 0.5 : 0.2;
    if (y > ly - 0.055 && y < ly + 0.055 && x > x0 && x < x1) return white;
  }
  return blue;
}

for (const size of [16, 32, 48, 128]) {
  const rgba = Buffer.alloc(size * size * 4);
  const ss = 4; // supersampling for smooth edges
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let rs = 0,
        gs = 0,
        bs = 0,
        as = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) {
            rs += c[0];
            gs += c[1];
            bs += c[2];
            as += 1;
          }
        }
      const i = (py * size + px) * 4;
      if (as) {
        rgba[i] = rs / as;
        rgba[i + 1] = gs / as;
        rgba[i + 2] = bs / as;
        rgba[i + 3] = (255 * as) / (ss * ss);
      }
    }
  writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png(size, rgba));
}
console.log('icons written');
