/**
 * The bundled sample (the seed paper's two tables), which the build copies next to the page. Fetched from the
 * page's own origin, so the preview works offline once served.
 */
export const SAMPLE_FILE_NAME = 'jac-tracker-sample.xlsx';
export const SAMPLE_URL = `assets/sample/${SAMPLE_FILE_NAME}`;

export async function fetchSampleWorkbook(): Promise<ArrayBuffer> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) {
    throw new Error(`The sample workbook could not be loaded (${response.status}). Use Open workbook to choose a file instead.`);
  }
  return response.arrayBuffer();
}
