/**
 * Part names and relationship targets in an Open Packaging Conventions package (an .xlsx is one). A relationship's
 * target is relative to the folder of the part that holds it ("worksheets/sheet1.xml" from xl/workbook.xml) or
 * absolute from the package root ("/xl/tables/table1.xml", as openpyxl writes them); both name the same part.
 * Part names here are zip entry names: no leading "/".
 */

/**
 * @example resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml') === 'xl/worksheets/sheet1.xml'
 * @example resolveTarget('xl/worksheets/sheet1.xml', '/xl/tables/table1.xml') === 'xl/tables/table1.xml'
 * @example resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml') === 'xl/drawings/drawing1.xml'
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = target.split('#')[0].replace(/\\/g, '/');
  const base = clean.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  const parts = [...base];
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}

/** The relationships part of a part ("" for the package itself). @example relsPartOf('xl/workbook.xml') === 'xl/_rels/workbook.xml.rels' */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target for `part` written from `sourcePart`, relative where it can be, as Excel writes them. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * The first name `stem` + n + `extension` (n = 1, 2...) that no part of the package has, without regard to case, and
 * whose relationships part is not there either: a stray `.rels` left by another tool would otherwise attach its
 * relationships to the new part.
 *
 * @example freePartName(pkg, 'xl/charts/chart', '.xml') === 'xl/charts/chart2.xml' // when the user has chart1.xml
 */
export function freePartName(pkg: { find(name: string): string | undefined }, stem: string, extension: string): string {
  for (let n = 1; ; n++) {
    const name = `${stem}${n}${extension}`;
    if (!pkg.find(name) && !pkg.find(relsPartOf(name))) return name;
  }
}
