/**
 * Draws the add-in's icons (a small green-headed table with a tick badge) and writes them as PNGs to assets/.
 * Uses only Node's zlib, so anyone can regenerate them with `npx tsx scripts/makeIcons.ts` without an image tool.
 * Sizes: 16, 32 and 80 for the ribbon (Office asks for these three), 32/64 for IconUrl and HighResolutionIconUrl,
 * 128 for AppSource-style listings.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const GREEN: Rgba = [33, 115, 70, 255]; // Excel's green, so the group reads as a spreadsheet tool
const GRID: Rgba = [150, 170, 160, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const BADGE: Rgba = [16, 124, 16, 255];

/** Coverage test for one point in unit coordinates (0..1 across the icon). Later shapes paint over earlier ones. */
function colourAt(x: number, y: number): Rgba | null {
  const inBadge = (x - 0.72) ** 2 + (y - 0.72) ** 2 <= 0.26 ** 2;
  if (inBadge) {
    // White tick: two thick strokes inside the badge.
    if (distanceToSegment(x, y, 0.58, 0.73, 0.68, 0.83) < 0.045 || distanceToSegment(x, y, 0.68, 0.83, 0.86, 0.61) < 0.045) {
      return PAPER;
    }
    return BADGE;
  }
  const inCard = x >= 0.06 && x <= 0.86 && y >= 0.1 && y <= 0.9;
  if (!inCard) return null;
  const border = x < 0.1 || x > 0.82 || y > 0.86;
  if (border || y < 0.3) return GREEN; // outline and header row
  const onRowLine = [0.48, 0.67].some((line) => Math.abs(y - line) < 0.025);
  const onColumnLine = [0.34, 0.58].some((line) => Math.abs(x - line) < 0.025);
  return onRowLine || onColumnLine ? GRID : PAPER;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Renders with 4x4 supersampling so the small sizes stay smooth. */
export function renderIcon(size: number): Buffer {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          for (let i = 0; i < 3; i++) sum[i] += colour[i] * colour[3];
          sum[3] += colour[3];
        }
      }
      const offset = (py * size + px) * 4;
      const alpha = sum[3] / (samples * samples);
      for (let i = 0; i < 3; i++) pixels[offset + i] = sum[3] === 0 ? 0 : Math.round(sum[i] / sum[3]);
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, size, pixels);
}

/** A minimal PNG encoder: 8-bit RGBA, no interlace, filter type 0 on every row. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const ICON_SIZES = [16, 32, 64, 80, 128];

if (require.main === module) {
  for (const size of ICON_SIZES) {
    const file = join(__dirname, '..', 'assets', `icon-${size}.png`);
    writeFileSync(file, renderIcon(size));
    console.log(`wrote ${file}`);
  }
}
