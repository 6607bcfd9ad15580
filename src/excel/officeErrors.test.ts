import { HostError } from '../host/WorkbookHost';
import { isPayloadTooLarge, toHostError, withOneRetry } from './officeErrors';

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

  it('treats another workbook in front (InactiveWorkbook) as something trying again fixes', () => {
    expect(toHostError(officeError('InactiveWorkbook'))).toMatchObject({ code: 'workbook-inactive', retryable: true });
  });

  it('recognises protection by its code, whatever language Excel’s message is in', () => {
    expect(toHostError(officeError('AccessDenied', 'Vous ne pouvez pas effectuer l’opération demandée.')).code).toBe('sheet-protected');
  });

  // Regression: the message used to be matched for "protect", which only an English Excel says.
  it('does not guess protection from an English message under another code', () => {
    expect(toHostError(officeError('InvalidOperation', 'The cell or chart is on a protected sheet.')).code).toBe('unknown');
  });

  it('maps a missing API and the payload limits to what a person can do about them', () => {
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

describe('isPayloadTooLarge', () => {
  it('counts an internal error as a payload too large on the web only', () => {
    expect(isPayloadTooLarge(officeError('RequestPayloadSizeLimitExceeded'))).toBe(true);
    expect(isPayloadTooLarge(officeError('GeneralException'), true)).toBe(true);
    expect(isPayloadTooLarge(officeError('GeneralException'), false)).toBe(false);
  });
});

describe('withOneRetry', () => {
  it.each(['InvalidOperationInCellEditMode', 'InactiveWorkbook'])(
    'retries once after a pause on %s, and returns the second attempt’s result',
    async (code) => {
      const outcomes = [officeError(code)];
      const waits: number[] = [];
      const result = await withOneRetry(
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
    },
  );

  it('gives up after the second failure and never retries other errors', async () => {
    let attempts = 0;
    const noWait = async () => {};
    await expect(
      withOneRetry(async () => {
        attempts += 1;
        throw officeError('InvalidOperationInCellEditMode');
      }, noWait),
    ).rejects.toMatchObject({ code: 'cell-editing', retryable: true });
    expect(attempts).toBe(2);

    attempts = 0;
    await expect(
      withOneRetry(async () => {
        attempts += 1;
        throw officeError('AccessDenied');
      }, noWait),
    ).rejects.toMatchObject({ code: 'sheet-protected' });
    expect(attempts).toBe(1);
  });
});
