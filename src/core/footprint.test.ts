import { chartName, isOwnChartName, isOwnedSheet, isOwnFormula, REGION_LOOKS, sameSheetName } from './footprint';

describe('the footprint', () => {
  it('owns the summary, a summary being built, the data sheet and the legacy settings sheet, whatever their case', () => {
    expect(['JAC Summary', 'jac summary', 'JAC Summary (new 7f3a)', 'JAC Data', 'JAC Settings'].map(isOwnedSheet)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('leaves every other sheet to the user, even one whose name starts like the summary', () => {
    expect(['Audit Actions', 'JAC Summary 2023', 'JAC', 'Summary'].map(isOwnedSheet)).toEqual([false, false, false, false]);
  });

  it('compares sheet names as Excel does, ignoring case', () => {
    expect(sameSheetName('Audit Plan', 'AUDIT PLAN')).toBe(true);
    expect(sameSheetName('Audit Plan', 'Audit Plans')).toBe(false);
  });

  it('knows its own conditional formats by the mark in the formula, however Excel spaces or cases it', () => {
    expect(isOwnFormula('=AND(N("jac")=0,LEN(TRIM($E5))=0,$D5<TODAY())')).toBe(true);
    expect(isOwnFormula('AND( n("JAC") = 0, $D9<TODAY() )')).toBe(true);
    expect(isOwnFormula('=AND(LEN(TRIM($E5))=0,$D5<TODAY())')).toBe(false);
    expect(isOwnFormula(null)).toBe(false);
  });

  it('names its charts by their titles after its prefix and knows them by it, leaving charts named otherwise to the user', () => {
    expect(chartName('Open actions by risk and due date')).toBe('JAC chart: Open actions by risk and due date');
    expect(['JAC chart: The plan by stage', 'jac CHART: renamed in capitals'].map(isOwnChartName)).toEqual([true, true]);
    expect(['Chart 3', 'The plan by stage', 'My JAC chart: copy', '', null].map(isOwnChartName)).toEqual([false, false, false, false, false]);
  });

  it('gives every summary region a look, with overdue rows in the light red the highlighting uses', () => {
    expect(REGION_LOOKS.overdue).toEqual({ fill: 'FFC7CE', fontColour: '9C0006', box: true });
    expect(Object.keys(REGION_LOOKS).sort()).toEqual(['body', 'due-soon', 'header', 'note', 'overdue', 'paragraph', 'table-title', 'title']);
  });
});
