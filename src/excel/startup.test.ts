import { officeStartup } from './startup';

/** Office.js as far as startup.ts uses it, recording each startup behaviour asked for. */
function installOffice(addin: { setStartupBehavior?: (behavior: string) => Promise<void>; getStartupBehavior?: () => Promise<string> } | undefined) {
  (globalThis as Record<string, unknown>).Office = { addin, StartupBehavior: { load: 'Load', none: 'None' } };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe('the startup control', () => {
  it('asks Office to load the add-in with the document when chosen, and not to when not', async () => {
    const asked: string[] = [];
    installOffice({ setStartupBehavior: async (behavior) => void asked.push(behavior) });
    expect(await officeStartup.set(true)).toBe(true);
    expect(await officeStartup.set(false)).toBe(true);
    expect(asked).toEqual(['Load', 'None']);
  });

  it('reports the workbook’s startup behaviour as Office gives it', async () => {
    installOffice({ getStartupBehavior: async () => 'Load' });
    expect(await officeStartup.get()).toBe('with-workbook');
    installOffice({ getStartupBehavior: async () => 'None' });
    expect(await officeStartup.get()).toBe('on-demand');
  });

  // getStartupBehavior throws NotImplemented in some browsers (office-js issue 1407).
  it('says "unknown" where Office cannot tell, rather than failing the pane', async () => {
    installOffice({ getStartupBehavior: () => Promise.reject(Object.assign(new Error('Not implemented'), { code: 'NotImplemented' })) });
    expect(await officeStartup.get()).toBe('unknown');
    installOffice(undefined);
    expect(await officeStartup.get()).toBe('unknown');
  });

  it('reports false where Office cannot change the startup behaviour, or is not there at all, and passes on a refusal', async () => {
    installOffice(undefined);
    expect(await officeStartup.set(true)).toBe(false);
    delete (globalThis as Record<string, unknown>).Office;
    expect(await officeStartup.set(true)).toBe(false);
    const refusal = new Error('GeneralException');
    installOffice({ setStartupBehavior: () => Promise.reject(refusal) });
    await expect(officeStartup.set(true)).rejects.toBe(refusal);
  });
});
