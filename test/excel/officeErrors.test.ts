import { HostError } from '../../src/host/WorkbookHost';
import { toHostError, withEditModeRetry } from '../../src/excel/officeErrors';

/** Shaped like OfficeExtension.Error: code, message, debugInfo. */
function officeError(code: string, message = 'The operation failed.'): Error {
  return Object.assign(new Error(message), { code, debugInfo: { code, message, errorLocation: 'Range.values' } });
}

describe('toHostError', () => {
  it('turns a cell in edit mode into a retryable error that says how to leave the cell', () => {
    const mapped = toHostError(officeError('InvalidOperationInCellEditMode'));
    expect([mapped.code, mapped.retryable, mapped.message]).toEqual([
      'cell-editing',
      true,
      'Excel is still editing a cell. Press Enter or Esc to finish editing, then try again.',
    ]);
  });

  it('recognises a protected sheet whether Excel says AccessDenied or an InvalidOperation about protection', () => {
    expect(toHostError(officeError('AccessDenied')).code).toBe('sheet-protected');
    expect(toHostError(officeError('InvalidOperation', 'The cell or chart is on a protected sheet.')).code).toBe('sheet-protected');
    expect(toHostError(officeError('InvalidOperation', 'The argument is out of range.')).code).toBe('unknown');
  });

  it('maps a missing item, a missing API and the payload limits to what a person can do about them', () => {
    expect(toHostError(officeError('ItemNotFound')).message).toBe(
      'Excel could not find a sheet or table the add-in expected; it may have been renamed or deleted. Refresh again, or choose the plan and actions tables in Settings.',
    );
    expect(toHostError(officeError('ApiNotFound')).code).toBe('unsupported');
    expect(toHostError(officeError('RequestPayloadSizeLimitExceeded')).code).toBe('too-large');
    expect(toHostError(officeError('ResponsePayloadSizeLimitExceeded')).code).toBe('too-large');
  });

  it('keeps Excel’s own code and message for anything else, and passes HostErrors through untouched', () => {
    expect(toHostError(officeError('GeneralException', 'An internal error has occurred.')).message).toBe(
      'Excel could not finish the change (GeneralException: An internal error has occurred.). Try again; if it keeps happening, save the workbook, close it and open it again.',
    );
    const own = new HostError('table-not-found', 'No actions table.');
    expect(toHostError(own)).toBe(own);
    expect(toHostError('boom').code).toBe('unknown');
  });
});

describe('withEditModeRetry', () => {
  it('retries once after a pause when a cell was being edited, and returns the second attempt’s result', async () => {
    const outcomes = [officeError('InvalidOperationInCellEditMode')];
    const waits: number[] = [];
    const result = await withEditModeRetry(
      async () => {
        const failure = outcomes.shift();
        if (failure) throw failure;
        return 'written';
      },
      async (ms) => {
        waits.push(ms);
      },
      1500,
    );
    expect([result, waits]).toEqual(['written', [1500]]);
  });

  it('gives up after the second edit-mode failure and never retries other errors', async () => {
    let attempts = 0;
    const noWait = async () => {};
    await expect(
      withEditModeRetry(async () => {
        attempts += 1;
        throw officeError('InvalidOperationInCellEditMode');
      }, noWait),
    ).rejects.toMatchObject({ code: 'cell-editing', retryable: true });
    expect(attempts).toBe(2);

    attempts = 0;
    await expect(
      withEditModeRetry(async () => {
        attempts += 1;
        throw officeError('AccessDenied');
      }, noWait),
    ).rejects.toMatchObject({ code: 'sheet-protected' });
    expect(attempts).toBe(1);
  });
});
