import { act, screen, within } from '@testing-library/react';
import { FileHost } from '../file/FileHost';
import { excelJsBytes } from '@test/file/packageParts';
import type { CellsChange } from '../host/WorkbookHost';
import { renderWithProviders } from '@test/renderWithProviders';
import { WorkbookView } from './WorkbookView';

async function trackerHost(options: { protectActions?: boolean } = {}): Promise<FileHost> {
  const bytes = await excelJsBytes(async (workbook) => {
    const plan = workbook.addWorksheet('Audit Plan');
    plan.addRow(['Audit', 'Planned start', 'Status']);
    const actions = workbook.addWorksheet('Audit Actions');
    actions.addRow(['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Signoff Date']);
    actions.addRow(['Firearms and Tasers', 1, 'Medium', new Date(Date.UTC(2024, 9, 30)), null]);
    actions.getCell('D2').numFmt = 'dd/mm/yyyy';
    actions.getColumn(4).width = 12;
    workbook.addWorksheet('JAC Data').state = 'veryHidden';
    if (options.protectActions) await actions.protect('', {});
  });
  return FileHost.open(bytes, { kind: 'Preview' });
}

const gridCell = (row: number, column: number) => {
  const cell = screen.getByRole('grid').querySelector(`td[data-r="${row}"][data-c="${column}"]`);
  if (!cell) throw new Error(`No cell at ${row},${column}`);
  return cell as HTMLElement;
};

// jsdom does no layout, so it has no scrollIntoView; the real scrolling is checked in the browser tests.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});

describe('WorkbookView', () => {
  it('shows one tab per visible sheet, leaving out the hidden data sheet', async () => {
    renderWithProviders(<WorkbookView host={await trackerHost()} />);
    // Let the conditional formats' analysis (which runs after the first render) settle inside act.
    await act(async () => {});
    const tabs = screen.getAllByRole('tab');
    expect(tabs).toEqual([screen.getByRole('tab', { name: 'Audit Plan' }), screen.getByRole('tab', { name: 'Audit Actions' })]);
    expect(screen.queryByRole('tab', { name: 'JAC Data' })).toBeNull();
  });

  it('follows the host when the pane selects a cell: tab, aria-selected cell and status line', async () => {
    const host = await trackerHost();
    renderWithProviders(<WorkbookView host={host} />);
    await act(() => host.selectCell("'Audit Actions'!D2"));
    expect(screen.getByRole('tab', { name: 'Audit Actions' })).toHaveAttribute('aria-selected', 'true');
    expect(gridCell(1, 3)).toHaveAttribute('aria-selected', 'true');
    expect(gridCell(1, 3)).toHaveTextContent('30/10/2024');
    expect(screen.getByText("Selected cell: 'Audit Actions'!D2")).toBeInTheDocument();
  });

  it('starts editing with the typed character, and Enter stores it and raises the change event', async () => {
    const host = await trackerHost();
    const changes: CellsChange[] = [];
    await host.onCellsChanged((change) => changes.push(change));
    const { user } = renderWithProviders(<WorkbookView host={host} />);
    await act(() => host.selectCell("'Audit Actions'!C2"));
    gridCell(1, 2).focus();
    await user.keyboard('H');
    const editor = within(screen.getByRole('grid')).getByRole('textbox', { name: "Edit 'Audit Actions'!C2" });
    expect(editor).toHaveValue('H');
    await user.keyboard('igh{Enter}');
    expect(changes).toEqual([{ sheet: 'Audit Actions', top: 1, left: 2, bottom: 1, right: 2, values: [['High']] }]);
    expect(gridCell(1, 2)).toHaveTextContent('High');
    // Enter moves the selection down, as in Excel.
    expect(screen.getByText("Selected cell: 'Audit Actions'!C3")).toBeInTheDocument();
  });

  it('moves the selection with the arrow keys and clears a cell with Delete', async () => {
    const host = await trackerHost();
    const changes: CellsChange[] = [];
    await host.onCellsChanged((change) => changes.push(change));
    const { user } = renderWithProviders(<WorkbookView host={host} />);
    await act(() => host.selectCell("'Audit Actions'!A2"));
    gridCell(1, 0).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByText("Selected cell: 'Audit Actions'!D2")).toBeInTheDocument();
    await user.keyboard('{Delete}');
    expect(changes).toEqual([{ sheet: 'Audit Actions', top: 1, left: 3, bottom: 1, right: 3, values: [['']] }]);
    expect(gridCell(1, 3)).toHaveTextContent('');
  });

  it('refuses to edit a protected sheet and says why, as Excel does', async () => {
    const host = await trackerHost({ protectActions: true });
    const changes: CellsChange[] = [];
    await host.onCellsChanged((change) => changes.push(change));
    const { user } = renderWithProviders(<WorkbookView host={host} />);
    await act(() => host.selectCell("'Audit Actions'!C2"));
    gridCell(1, 2).focus();
    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('grid')).queryByRole('textbox')).toBeNull();
    expect(changes).toEqual([]);
    expect(
      screen.getByText(
        "Selected cell: 'Audit Actions'!C2. The sheet 'Audit Actions' is protected. Unprotect it in Excel (Review > Unprotect Sheet) to change its cells.",
      ),
    ).toBeInTheDocument();
  });
});
