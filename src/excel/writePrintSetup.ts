/**
 * The summary sheet's print setup through Office.js, from the layout's description (core's LayoutPrint; the file
 * shell writes the same as the worksheet's pageSetup, margins, row breaks and print names). ExcelApi 1.9: without
 * it nothing here is queued and limitations() says how to set it up by hand.
 *
 * - `pageLayout.zoom` must be given as a whole object (the reference: "use x.zoom = {...} instead of
 *   x.zoom.scale = ..."); a height of 0 pages is Excel's "Automatic" (OOXML's `fitToHeight="0"`, which the file
 *   shell writes), so the summary is one page wide and as many tall as it takes. The smoke test checks that Excel
 *   shows Width 1 page, Height Automatic (office-js issue 1860 saw the fit not taken in one Excel).
 * - Margins are in points in Office.js and in inches in the layout (OOXML's unit): 72 points an inch.
 * - Manual page breaks on the summary sheet are the add-in's (the sheet is in its footprint): the old ones are
 *   removed and the layout's added, each above the row that starts a page.
 */
import type { LayoutPrint } from '../core/types';
import { rangeA1 } from './rangeAddress';

const POINTS_PER_INCH = 72;

/** Office.js's names for the layout's paper and orientation. */
const PAPER: Record<LayoutPrint['paper'], 'A4'> = { A4: 'A4' };
const ORIENTATION: Record<LayoutPrint['orientation'], 'Portrait' | 'Landscape'> = { portrait: 'Portrait', landscape: 'Landscape' };

export function queuePrintSetup(sheet: Excel.Worksheet, print: LayoutPrint): void {
  const page = sheet.pageLayout;
  page.paperSize = PAPER[print.paper];
  page.orientation = ORIENTATION[print.orientation];
  const points = (inches: number) => Math.round(inches * POINTS_PER_INCH * 100) / 100;
  page.topMargin = points(print.margins.top);
  page.bottomMargin = points(print.margins.bottom);
  page.leftMargin = points(print.margins.left);
  page.rightMargin = points(print.margins.right);
  page.headerMargin = points(print.margins.header);
  page.footerMargin = points(print.margins.footer);
  page.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: print.fitToPagesTall };
  const { area, titleRows } = print;
  page.setPrintArea(rangeA1(area.top, area.left, area.bottom, area.right));
  page.setPrintTitleRows(`$${titleRows.top + 1}:$${titleRows.bottom + 1}`);
  const breaks = sheet.horizontalPageBreaks;
  breaks.removePageBreaks();
  for (const row of print.breaks) breaks.add(rangeA1(row, 0, row, 0));
}
