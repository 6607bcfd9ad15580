/**
 * The .xlsx shell, browser-safe (no fs, path or other Node APIs): workbook bytes in, workbook bytes out, edited as
 * a package so every part the add-in does not own leaves as it came. The command line and the browser preview
 * both use it; see README.md here.
 */
export { FileHost, type FileHostEvent, type FileHostOptions, type Selection } from './FileHost';
export { WorkbookFile, type ReadOptions } from './ooxml/WorkbookFile';
export type { WorkbookBytes } from './ooxml/openPackage';
export { parseTypedInput, type TypedValue } from './typedInput';
