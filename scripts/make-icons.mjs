// Draws Gloss's toolbar and store icons (public/icon/{16,32,48,128}.png) with Node built-ins only:
// shapes are tested per sub-pixel (8x8 samples a pixel) for antialiasing, then written as RGBA PNGs.
// Run: node scripts/make-icons.mjs   (the PNGs are committed; rerun only when the design changes)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 128];
const SAMPLES = 8;

// The design, in a unit square (y down): an indigo speech bubble (a note about the text), a white
// "G", and under it the dotted underline Gloss draws under names on a page (solid at 16 and 32 px,
// where dots would blur).
const TILE = {
  top: [0x4a, 0x5c, 0xe0],
  bottom: [0x2b, 0x32, 0x9c],
  left: 0.03,
  right: 0.97,
  top_: 0.03,
  bottom_: 0.8,
  radius: 0.2,
};
const TAIL = [
  [0.2, 0.78],
  [0.44, 0.78],
  [0.13, 0.97],
];
const G = { cx: 0.5, cy: 0.37, outer: 0.225, inner: 0.135, gapFrom: 0, gapTo: 45, color: [255, 255, 255] };
const LINE = { y: 0.68, half: 0.036, from: 0.3, to: 0.7, color: [0xff, 0xc8, 0x3d] };
// Small sizes get bolder strokes, and an underline that sits exactly on pixel rows so it stays crisp.
const SMALL = {
  16: {
    g: { cy: 0.34375, outer: 0.27, inner: 0.135 },
    line: { y: 0.71875, half: 0.03125, from: 0.25, to: 0.75 },
  },
  32: {
    g: { cy: 0.36, outer: 0.25, inner: 0.14 },
    line: { y: 0.71875, half: 0.03125, from: 0.28, to: 0.72 },
  },
};

const BASE_G = { ...G };
const BASE_LINE = { ...LINE };

function inRoundedRect(x, y, { left, right, top_, bottom_, radius: r }) {
  const qx = Math.max(left + r - x, 0, x - (right - r));
  const qy = Math.max(top_ + r - y, 0, y - (bottom_ - r));
  return qx * qx + qy * qy <= r * r;
}

function inTriangle(x, y, [[ax, ay], [bx, by], [cx, cy]]) {
  const side = (x1, y1, x2, y2) => (x - x2) * (y1 - y2) - (x1 - x2) * (y - y2);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function inG(x, y) {
  const dx = x - G.cx;
  const dy = y - G.cy;
  const d = Math.hypot(dx, dy);
  // Angle in degrees, counter-clockwise from the right, as on paper (y up).
  const angle = ((Math.atan2(-dy, dx) * 180) / Math.PI + 360) % 360;
  const inRing = d >= G.inner && d <= G.outer && !(angle > G.gapFrom && angle < G.gapTo);
  const thickness = G.outer - G.inner;
  const inBar = x >= G.cx + 0.005 && x <= G.cx + G.outer && y >= G.cy && y <= G.cy + thickness * 0.9;
  return inRing || inBar;
}

function inUnderline(x, y, dotted) {
  if (Math.abs(y - LINE.y) > LINE.half) return false;
  if (x < LINE.from - LINE.half * 1.25 || x > LINE.to + LINE.half * 1.25) return false;
  if (!dotted) return x >= LINE.from && x <= LINE.to;
  // Five round dots spread along the line.
  const n = 4;
  const step = (LINE.to - LINE.from) / (n - 1);
  const k = Math.round((x - LINE.from) / step);
  return Math.hypot(x - (LINE.from + k * step), y - LINE.y) <= LINE.half * 1.25;
}

function shade(x, y, dotted) {
  // Returns [r, g, b, a] of the topmost shape under the point.
  if (!inRoundedRect(x, y, TILE) && !inTriangle(x, y, TAIL)) return [0, 0, 0, 0];
  if (inG(x, y)) return [...G.color, 1];
  if (inUnderline(x, y, dotted)) return [...LINE.color, 1];
  const t = Math.min(1, Math.max(0, y));
  return [...TILE.top.map((c, i) => c + (TILE.bottom[i] - c) * t), 1];
}

function render(size) {
  const dotted = size >= 48;
  Object.assign(G, BASE_G, SMALL[size]?.g);
  Object.assign(LINE, BASE_LINE, SMALL[size]?.line);
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [cr, cg, cb, ca] = shade(
            (px + (sx + 0.5) / SAMPLES) / size,
            (py + (sy + 0.5) / SAMPLES) / size,
            dotted,
          );
          // Premultiplied sums, so edge pixels keep the shape's colour rather than darkening.
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      const o = (py * size + px) * 4;
      pixels[o] = a ? Math.round(r / a) : 0;
      pixels[o + 1] = a ? Math.round(g / a) : 0;
      pixels[o + 2] = a ? Math.round(b / a) : 0;
      pixels[o + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT, `${size}.png`);
  writeFileSync(file, png(size, render(size)));
  console.log(`wrote ${file}`);
}
