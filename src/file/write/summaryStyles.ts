/**
 * The summary's cell formats in styles.xml terms, drawn exactly as core's REGION_LOOKS says: later looks over
 * earlier ones (an overdue row over the table's body), fonts and alignments merged. One cell format per distinct
 * combination of looks and number format, shared by every cell that has it.
 */
import { COLOURS, HIGHLIGHT_LOOKS, REGION_LOOKS, type RegionLook } from '../../core/footprint';
import type { LayoutRegion } from '../../core/types';
import type { StyleSheetEditor } from './StyleSheetEditor';

export class SummaryStyles {
  private readonly cache = new Map<string, number>();

  constructor(private readonly styles: StyleSheetEditor) {}

  /** The cellXfs index for a cell with these looks (in region order) and number format. */
  index(looks: readonly LayoutRegion['style'][], numberFormat: string): number {
    const key = `${looks.join('+')}|${numberFormat}`;
    let index = this.cache.get(key);
    if (index === undefined) {
      index = this.build(looks, numberFormat);
      this.cache.set(key, index);
    }
    return index;
  }

  private build(looks: readonly LayoutRegion['style'][], numberFormat: string): number {
    const look: RegionLook = {};
    for (const name of looks) Object.assign(look, definedOnly(REGION_LOOKS[name]));
    const s = this.styles;
    const numFmtId = s.numberFormat(numberFormat);
    const fontId = look.bold || look.italic || look.size || look.fontColour ? s.font(fontXml(s, look)) : 0;
    const fillId = look.fill ? s.fill(solidFill(s, look.fill)) : 0;
    const borderId = look.box ? s.border(thinBox(s)) : 0;
    // Top-aligned throughout, as the Excel shell draws the summary, so a wrapped cell's neighbours line up with it.
    const alignment = `<${s.q('alignment')} vertical="top"${look.wrap ? ' wrapText="1"' : ''}/>`;
    const applies = [
      numFmtId !== 0 ? ' applyNumberFormat="1"' : '',
      fontId !== 0 ? ' applyFont="1"' : '',
      fillId !== 0 ? ' applyFill="1"' : '',
      borderId !== 0 ? ' applyBorder="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
    ].join('');
    const open = `<${s.q('xf')} numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return s.cellFormat(alignment ? `${open}>${alignment}</${s.q('xf')}>` : `${open}/>`);
  }
}

/**
 * The add-in's conditional-format looks as differential formats: Excel's own "light red fill with dark red text"
 * and its amber partner, the colours HIGHLIGHT_LOOKS gives.
 */
export function conditionalFormatDifferentials(styles: StyleSheetEditor): { overdue: number; dueSoon: number } {
  const dxf = (look: { fill: string; fontColour: string }) => {
    const q = (name: string) => styles.q(name);
    return (
      `<${q('dxf')}><${q('font')}><${q('color')} rgb="FF${look.fontColour}"/></${q('font')}>` +
      `<${q('fill')}><${q('patternFill')}><${q('bgColor')} rgb="FF${look.fill}"/></${q('patternFill')}></${q('fill')}></${q('dxf')}>`
    );
  };
  return { overdue: styles.differential(dxf(HIGHLIGHT_LOOKS.overdue)), dueSoon: styles.differential(dxf(HIGHLIGHT_LOOKS.dueSoon)) };
}

function definedOnly(look: RegionLook): RegionLook {
  return Object.fromEntries(Object.entries(look).filter(([, value]) => value !== undefined)) as RegionLook;
}

/** The workbook's default font with the look's weight, slant, size and colour. */
function fontXml(styles: StyleSheetEditor, look: RegionLook): string {
  const base = styles.defaultFont();
  const q = (name: string) => styles.q(name);
  // Drop what the look sets (and any self-closing empty form of the element), keep the face, family and scheme.
  const kept = base
    .replace(/^<[^>]*>/, '')
    .replace(/<\/[^>]*>$/, '')
    .replace(/<(?:\w+:)?(b|i|sz|color|u|strike)\b[^>]*?(?:\/>|>.*?<\/(?:\w+:)?\1>)/g, '');
  const size = look.size ?? Number(/<(?:\w+:)?sz\s+val="([\d.]+)"/.exec(base)?.[1] ?? 11);
  const colour = look.fontColour ? `<${q('color')} rgb="FF${look.fontColour}"/>` : '';
  return `<${q('font')}>${look.bold ? `<${q('b')}/>` : ''}${look.italic ? `<${q('i')}/>` : ''}<${q('sz')} val="${size}"/>${colour}${kept}</${q('font')}>`;
}

function solidFill(styles: StyleSheetEditor, colour: string): string {
  const q = (name: string) => styles.q(name);
  return `<${q('fill')}><${q('patternFill')} patternType="solid"><${q('fgColor')} rgb="FF${colour}"/><${q('bgColor')} indexed="64"/></${q('patternFill')}></${q('fill')}>`;
}

function thinBox(styles: StyleSheetEditor): string {
  const q = (name: string) => styles.q(name);
  const side = (name: string) => `<${q(name)} style="thin"><${q('color')} rgb="FF${COLOURS.border}"/></${q(name)}>`;
  return `<${q('border')}>${side('left')}${side('right')}${side('top')}${side('bottom')}<${q('diagonal')}/></${q('border')}>`;
}
