/**
 * A drawing part read as its anchors: what the summary's refresh uses to tell the user's objects from the add-in's
 * charts and to know which relationships each one needs.
 */
import { readDrawingAnchors } from './drawingAnchors';

const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function summary(xml: string) {
  return readDrawingAnchors(xml).anchors.map(({ start, end, name, relIds, shapeIds }) => ({
    text: xml.slice(start, end).slice(0, 22),
    name,
    relIds,
    shapeIds,
  }));
}

describe('readDrawingAnchors', () => {
  it('reads each kind of anchor with its object’s name, relationship ids and shape ids', () => {
    const xml =
      `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">` +
      '<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="1" cy="1"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="7" name="Crest"/><xdr:cNvPicPr/></xdr:nvPicPr>' +
      '<xdr:blipFill><a:blip r:embed="rId4" r:link="rId9"/></xdr:blipFill></xdr:pic><xdr:clientData/></xdr:absoluteAnchor>' +
      '<xdr:oneCellAnchor><xdr:from/><xdr:ext cx="1" cy="1"/><xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="10" name="Group 10"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr>' +
      '<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="11" name="JAC chart: not a chart of ours inside a group"/></xdr:nvSpPr></xdr:sp></xdr:grpSp><xdr:clientData/></xdr:oneCellAnchor>' +
      '<xdr:twoCellAnchor editAs="oneCell"><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="JAC chart: The plan by stage"/></xdr:nvGraphicFramePr>' +
      `<a:graphic><a:graphicData><c:chart xmlns:c="c" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
      '</xdr:wsDr>';
    expect(summary(xml)).toEqual([
      { text: '<xdr:absoluteAnchor><x', name: 'Crest', relIds: ['rId4', 'rId9'], shapeIds: [7] },
      { text: '<xdr:oneCellAnchor><xd', name: 'Group 10', relIds: [], shapeIds: [10, 11] },
      { text: '<xdr:twoCellAnchor edi', name: 'JAC chart: The plan by stage', relIds: ['rId1'], shapeIds: [2] },
    ]);
  });

  it('reads an anchor inside mc:AlternateContent as one, named by its Choice, and finds a relationships prefix declared on the chart only', () => {
    const xml =
      `<wsDr xmlns="${XDR}" xmlns:a="${A}"><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
      '<mc:Choice Requires="cx1"><twoCellAnchor><graphicFrame><nvGraphicFramePr><cNvPr id="3" name="Chart 2"/></nvGraphicFramePr>' +
      `<a:graphic><a:graphicData><cx:chart xmlns:cx="cx" xmlns:rel="${R}" rel:id="rId3"/></a:graphicData></a:graphic></graphicFrame></twoCellAnchor></mc:Choice>` +
      '<mc:Fallback><twoCellAnchor><sp><nvSpPr><cNvPr id="0" name=""/></nvSpPr></sp></twoCellAnchor></mc:Fallback></mc:AlternateContent></wsDr>';
    expect(summary(xml)).toEqual([{ text: '<mc:AlternateContent x', name: 'Chart 2', relIds: ['rId3'], shapeIds: [3, 0] }]);
  });

  it('knows the strict relationships namespace, and gives "" for an object with no name', () => {
    const xml =
      '<xdr:wsDr xmlns:xdr="http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">' +
      '<xdr:twoCellAnchor><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="1"/></xdr:nvGraphicFramePr><c:chart xmlns:c="c" r:id="rId2"/></xdr:graphicFrame></xdr:twoCellAnchor></xdr:wsDr>';
    expect(summary(xml)).toEqual([{ text: '<xdr:twoCellAnchor><xd', name: '', relIds: ['rId2'], shapeIds: [1] }]);
    expect(readDrawingAnchors(xml).rootNamespaces.get('r')).toBe('http://purl.oclc.org/ooxml/officeDocument/relationships');
  });
});
