/** A1 cell references in sheet XML, read without regular expressions: a sheet has a hundred thousand of them. */

/**
 * The 0-based column of a reference such as "AB12" (the letters only), or -1 when it starts with no letter.
 * @example columnOfRef('AB12') === 27
 */
export function columnOfRef(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  return i === 0 ? -1 : column - 1;
}

/** The 0-based row of a reference such as "AB12", or -1. @example rowOfRef('AB12') === 11 */
export function rowOfRef(ref: string): number {
  let i = 0;
  while (i < ref.length && (ref.charCodeAt(i) | 0x20) >= 97 && (ref.charCodeAt(i) | 0x20) <= 122) i++;
  const row = Number(ref.slice(i).replace(/\$/g, ''));
  return Number.isInteger(row) && row > 0 ? row - 1 : -1;
}
