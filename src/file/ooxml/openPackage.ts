/**
 * Bytes to a package, or the one sentence a person needs when they are not a workbook: an empty file, an old .xls
 * or a password-protected workbook (both compound documents), an OpenDocument spreadsheet, something that is not a
 * zip at all, or a damaged zip.
 */
import { HostError } from '../../host/WorkbookHost';
import { Package } from './Package';

/** Bytes as a browser's FileReader or Node's fs hand them over. */
export type WorkbookBytes = ArrayBuffer | Uint8Array;

export const NOT_XLSX = 'This file is not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again.';
export const DAMAGED =
  'This file is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again.';

export function openPackage(bytes: WorkbookBytes): Package {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data.length === 0) throw new HostError('unreadable-file', 'This file is empty, so it is not an Excel workbook (.xlsx).');
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) {
    // The compound-document format: an Excel 97-2003 .xls, or an .xlsx protected with a password to open.
    throw new HostError(
      'unreadable-file',
      'This file is not an Excel workbook (.xlsx): it is an older .xls file or is protected with a password. ' +
        'Open it in Excel, remove any password and save it as "Excel Workbook (*.xlsx)", then try again.',
    );
  }
  // Every .xlsx is a zip archive, and zips start "PK".
  if (!startsWith(data, [0x50, 0x4b])) throw new HostError('unreadable-file', NOT_XLSX);
  let pkg: Package;
  try {
    pkg = Package.open(data);
  } catch {
    throw new HostError('unreadable-file', DAMAGED);
  }
  // OpenDocument files are zips too, and say what they are in their first part, "mimetype".
  if (pkg.has('mimetype') && pkg.text('mimetype').startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
    throw new HostError(
      'unreadable-file',
      'This file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx). In LibreOffice choose File > Save As and the type ' +
        '"Excel 2007-365 (.xlsx)" (in Excel, save it as "Excel Workbook (*.xlsx)"), then try again.',
    );
  }
  return pkg;
}

function startsWith(data: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => data[i] === byte);
}
