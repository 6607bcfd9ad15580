/**
 * The namespaces of the parts a chart needs (the sheet's drawing, the chart), in the flavour of the workbook they
 * go in: a workbook saved as Strict Open XML uses the ISO strict namespaces throughout, so its drawings must too.
 */
export interface DrawingNamespaces {
  /** DrawingML charts (`c:`). */
  chart: string;
  /** DrawingML main (`a:`). */
  main: string;
  /** Spreadsheet drawings (`xdr:`). */
  spreadsheetDrawing: string;
  /** Relationship ids (`r:`) and, with a type's last segment, relationship types. */
  relationships: string;
}

const TRANSITIONAL: DrawingNamespaces = {
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  main: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

const STRICT: DrawingNamespaces = {
  chart: 'http://purl.oclc.org/ooxml/drawingml/chart',
  main: 'http://purl.oclc.org/ooxml/drawingml/main',
  spreadsheetDrawing: 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

/** The drawing namespaces that go with a workbook's SpreadsheetML namespace. */
export function drawingNamespaces(spreadsheetNamespace: string): DrawingNamespaces {
  return spreadsheetNamespace.startsWith('http://purl.oclc.org/ooxml/') ? STRICT : TRANSITIONAL;
}
