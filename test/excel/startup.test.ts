import { setLoadWithDocument } from '../../src/excel/startup';

/** Office.js as far as startup.ts uses it, recording each startup behaviour asked for. */
function installOffice(addin: { setStartupBehavior?: (behavior: string) => Promise<void> } | undefined) {
  (globalThis as Record<string, unknown>).Office = { addin, StartupBehavior: { load: 'Load', none: 'None' } };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe('setLoadWithDocument', () => {
  it('asks Office to load the add-in with the document when on, and not to when off', async () => {
    const asked: string[] = [];
    installOffice({ setStartupBehavior: async (behavior) => void asked.push(behavior) });
    expect(await setLoadWithDocument(true)).toBe(true);
    expect(await setLoadWithDocument(false)).toBe(true);
    expect(asked).toEqual(['Load', 'None']);
  });

  it('reports false where Office cannot change the startup behaviour, or is not there at all', async () => {
    installOffice(undefined);
    expect(await setLoadWithDocument(true)).toBe(false);
    installOffice({});
    expect(await setLoadWithDocument(true)).toBe(false);
    delete (globalThis as Record<string, unknown>).Office;
    expect(await setLoadWithDocument(true)).toBe(false);
  });

  it('passes on Office’s refusal, for the host to report', async () => {
    const refusal = new Error('GeneralException');
    installOffice({ setStartupBehavior: () => Promise.reject(refusal) });
    await expect(setLoadWithDocument(true)).rejects.toBe(refusal);
  });
});
