#!/usr/bin/env node
/**
 * Draws the IMCOST icon (a Fluent-blue chat bubble holding a white ¥ mark, on transparent) and writes it as
 * real RGBA PNGs to assets/icon-<size>.png. No image tools needed: shapes are tested per sub-pixel
 * (8×8 supersampling for anti-aliasing) and the PNG is encoded with node:zlib.
 *
 *   node scripts/make-icons.js            # writes assets/icon-{16,32,64,80,128}.png
 *   node scripts/make-icons.js 20 40      # other sizes
 *
 * The PNGs are committed; rerun only when the design changes.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BLUE = [0x0f, 0x6c, 0xbd]; // Fluent brand blue #0F6CBD
const WHITE = [0xff, 0xff, 0xff];
const SS = 8; // sub-samples per axis

// ---- geometry, in unit coordinates (0..1, y down) ----

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s = (p1x, p1y, p2x, p2y) => (x - p2x) * (p1y - p2y) - (p1x - p2x) * (y - p2y);
  const d1 = s(ax, ay, bx, by);
  const d2 = s(bx, by, cx, cy);
  const d3 = s(cx, cy, ax, ay);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

/** Distance from (x,y) to segment a-b. */
function segDist(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function inBubble(x, y) {
  return (
    inRoundedRect(x, y, 0.04, 0.07, 0.96, 0.76, 0.2) ||
    inTriangle(x, y, [0.2, 0.68], [0.46, 0.68], [0.14, 0.96])
  );
}

/** The ¥ mark: two arms meeting at a stem, one bar at small sizes, two from 32 px up. */
function yenStrokes(size) {
  const small = size < 24;
  // At small sizes, centre the stem and the bar on pixel centres so they stay crisp.
  const cx = small ? (Math.floor(size / 2) + 0.5) / size : 0.5;
  const top = 0.2;
  const join = 0.42;
  const bottom = 0.64;
  const half = small ? 0.19 : 0.15;
  const strokes = [
    [[cx - half, top], [cx, join]],
    [[cx + half, top], [cx, join]],
    [[cx, join], [cx, bottom]],
  ];
  const bar = small ? 0.16 : 0.13;
  if (small) {
    const by = (Math.floor(size * 0.5) + 0.5) / size;
    strokes.push([[cx - bar, by], [cx + bar, by]]);
  } else {
    strokes.push([[cx - bar, 0.47], [cx + bar, 0.47]], [[cx - bar, 0.565], [cx + bar, 0.565]]);
  }
  // Stroke half-width: ~1 px strokes at 16 px, about 8% of the icon wide when large.
  const hw = small ? 0.6 / size : 0.042;
  return { strokes, hw };
}

function render(size) {
  const { strokes, hw } = yenStrokes(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bubble = 0;
      let mark = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (!inBubble(x, y)) continue;
          bubble++;
          if (strokes.some(([a, b]) => segDist(x, y, a, b) <= hw)) mark++;
        }
      }
      const o = (py * size + px) * 4;
      if (bubble === 0) continue; // fully transparent
      const cover = bubble / (SS * SS);
      const w = mark / bubble; // share of the covered area that is the white mark
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BLUE[c] * (1 - w) + WHITE[c] * w);
      rgba[o + 3] = Math.round(cover * 255);
    }
  }
  return rgba;
}

// ---- PNG encoding ----

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const args = process.argv.slice(2).map(Number);
  const sizes = args.length ? args : [16, 32, 64, 80, 128];
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < 8 || size > 1024) {
      console.error(`make-icons: size must be a whole number from 8 to 1024 (got ${size})`);
      process.exit(2);
    }
    const file = path.join(outDir, `icon-${size}.png`);
    const png = encodePng(size, size, render(size));
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}  ${png.length} B`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render };
