/**
 * What styles.xml says about a cell's look, by its style index (the cell's s attribute, an index into cellXfs):
 * the number format the engine needs, and the few things the preview's grid draws (bold, italic, font colour,
 * fill, horizontal alignment, wrapping). The differential formats (dxfs) give the conditional formats' colours.
 */
import { Tok, XmlReader } from '../xml/XmlReader';
import { BUILTIN_FORMATS } from './builtinFormats';

export interface CellLook {
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  /** "RRGGBB", or undefined for a theme or automatic colour, which the grid leaves at its default. */
  fontColour?: string;
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  wrap: boolean;
}

export interface DifferentialLook {
  fill?: string;
  fontColour?: string;
}

export interface StyleTable {
  /** Number format code of a style index ("General" for an unknown index, as Excel treats it). */
  numberFormat(styleIndex: number): string;
  look(styleIndex: number): CellLook;
  differential(dxfId: number): DifferentialLook;
  /** How many cell styles (cellXfs) there are. */
  readonly count: number;
}

interface Xf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  horizontal?: CellLook['horizontal'];
  wrap: boolean;
}

interface Font {
  bold: boolean;
  italic: boolean;
  colour?: string;
}

const GENERAL: CellLook = { numberFormat: 'General', bold: false, italic: false, wrap: false };

export function readStyles(xml: string | null): StyleTable {
  const formats = new Map<number, string>();
  const xfs: Xf[] = [];
  const fonts: Font[] = [];
  const fills: (string | undefined)[] = [];
  const dxfs: DifferentialLook[] = [];
  if (xml) {
    const reader = new XmlReader(xml);
    let section = '';
    while (reader.next() !== Tok.End) {
      if (reader.kind === Tok.Close) {
        const local = reader.name.slice(reader.name.indexOf(':') + 1);
        if (local === section) section = '';
        continue;
      }
      if (reader.kind !== Tok.Open) continue;
      const local = reader.local;
      if (local === 'numFmts' || local === 'fonts' || local === 'fills' || local === 'cellXfs' || local === 'dxfs' || local === 'cellStyleXfs') {
        if (!reader.selfClosing) section = local;
      } else if (local === 'numFmt' && section === 'numFmts') {
        formats.set(Number(reader.attr('numFmtId')), reader.attr('formatCode') ?? 'General');
      } else if (local === 'font' && section === 'fonts') {
        fonts.push(readFont(reader));
      } else if (local === 'fill' && section === 'fills') {
        fills.push(readFill(reader).fill);
      } else if (local === 'xf' && section === 'cellXfs') {
        xfs.push(readXf(reader));
      } else if (local === 'dxf' && section === 'dxfs') {
        dxfs.push(readDxf(reader));
      }
    }
  }
  const looks = new Map<number, CellLook>();
  const numberFormat = (id: number) => formats.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
  return {
    count: xfs.length,
    numberFormat(styleIndex: number): string {
      const xf = xfs[styleIndex];
      return xf ? numberFormat(xf.numFmtId) : 'General';
    },
    look(styleIndex: number): CellLook {
      let look = looks.get(styleIndex);
      if (!look) {
        const xf = xfs[styleIndex];
        const font = xf ? fonts[xf.fontId] : undefined;
        look = xf
          ? {
              numberFormat: numberFormat(xf.numFmtId),
              bold: font?.bold ?? false,
              italic: font?.italic ?? false,
              fontColour: font?.colour,
              fill: fills[xf.fillId],
              horizontal: xf.horizontal,
              wrap: xf.wrap,
            }
          : GENERAL;
        looks.set(styleIndex, look);
      }
      return look;
    },
    differential: (dxfId) => dxfs[dxfId] ?? {},
  };
}

function readXf(reader: XmlReader): Xf {
  const xf: Xf = {
    numFmtId: Number(reader.attr('numFmtId') ?? 0),
    fontId: Number(reader.attr('fontId') ?? 0),
    fillId: Number(reader.attr('fillId') ?? 0),
    wrap: false,
  };
  if (reader.selfClosing) return xf;
  let depth = 1;
  while (depth > 0 && reader.next() !== Tok.End) {
    if (reader.kind === Tok.Open) {
      if (reader.local === 'alignment') {
        const horizontal = reader.attr('horizontal');
        if (horizontal === 'left' || horizontal === 'center' || horizontal === 'right') xf.horizontal = horizontal;
        xf.wrap = isOn(reader.attr('wrapText'));
      }
      if (!reader.selfClosing) depth++;
    } else if (reader.kind === Tok.Close) depth--;
  }
  return xf;
}

function readFont(reader: XmlReader): Font {
  const font: Font = { bold: false, italic: false };
  if (reader.selfClosing) return font;
  let depth = 1;
  while (depth > 0 && reader.next() !== Tok.End) {
    if (reader.kind === Tok.Open) {
      const local = reader.local;
      if (local === 'b') font.bold = reader.attr('val') === undefined || isOn(reader.attr('val'));
      else if (local === 'i') font.italic = reader.attr('val') === undefined || isOn(reader.attr('val'));
      else if (local === 'color') font.colour = rgb(reader);
      if (!reader.selfClosing) depth++;
    } else if (reader.kind === Tok.Close) depth--;
  }
  return font;
}

/** A fill's colour: a solid pattern's foreground. */
function readFill(reader: XmlReader, differential = false): { fill?: string } {
  let fill: string | undefined;
  let solid = differential;
  if (reader.selfClosing) return {};
  let depth = 1;
  while (depth > 0 && reader.next() !== Tok.End) {
    if (reader.kind === Tok.Open) {
      const local = reader.local;
      if (local === 'patternFill') {
        const pattern = reader.attr('patternType');
        solid = pattern === 'solid' || (differential && pattern === undefined);
      } else if (local === 'fgColor' && solid && !differential) fill = rgb(reader) ?? fill;
      // In a differential format Excel paints a solid fill with bgColor (fgColor when only that is given).
      else if (local === 'bgColor' && solid && differential) fill = rgb(reader) ?? fill;
      else if (local === 'fgColor' && solid && differential) fill = fill ?? rgb(reader);
      if (!reader.selfClosing) depth++;
    } else if (reader.kind === Tok.Close) depth--;
  }
  return { fill };
}

function readDxf(reader: XmlReader): DifferentialLook {
  const look: DifferentialLook = {};
  if (reader.selfClosing) return look;
  let depth = 1;
  while (depth > 0 && reader.next() !== Tok.End) {
    if (reader.kind === Tok.Open) {
      if (reader.local === 'font') {
        look.fontColour = readFont(reader).colour;
        continue;
      }
      if (reader.local === 'fill') {
        look.fill = readFill(reader, true).fill;
        continue;
      }
      if (!reader.selfClosing) depth++;
    } else if (reader.kind === Tok.Close) depth--;
  }
  return look;
}

/** "FF9C0006" -> "9C0006"; theme, indexed and automatic colours have no fixed RGB here. */
function rgb(reader: XmlReader): string | undefined {
  const value = reader.attr('rgb');
  if (!value || !/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(value)) return undefined;
  return value.slice(-6).toUpperCase();
}

function isOn(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
