import { existsSync, readFileSync } from 'node:fs';
import { join } from 'path';
import { REFRESH_COMMAND } from './names';
import { ROOT } from '@test/paths';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe('the ribbon command’s registration (office-js issue 5176)', () => {
  it('associates the command as soon as its script runs, without waiting for Office.onReady', () => {
    const associated: string[] = [];
    let onReadyCalls = 0;
    (globalThis as Record<string, unknown>).Office = {
      actions: { associate: (name: string) => associated.push(name) },
      onReady: () => {
        onReadyCalls += 1;
        return new Promise(() => {});
      },
    };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('./register');
    });
    expect([associated, onReadyCalls]).toEqual([[REFRESH_COMMAND], 0]);
  });

  it('does not stop the page loading where Excel has no shared runtime to associate with', () => {
    (globalThis as Record<string, unknown>).Office = {};
    const logged = jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('./register');
      }),
    ).not.toThrow();
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  it('is built to run before the pane’s bundles, sharing one webpack runtime with them', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(join(ROOT, 'webpack.config.js'));
    const config = await exported({}, { mode: 'production' });
    const taskpane = config.plugins.find((plugin: { userOptions?: { filename?: string } }) => plugin.userOptions?.filename === 'taskpane.html');
    expect([taskpane.userOptions.chunks, taskpane.userOptions.chunksSortMode]).toEqual([['commands', 'taskpane'], 'manual']);
    expect(config.entry.commands).toBe('./src/commands/register.ts');
    expect(config.optimization.runtimeChunk).toBe('single');
  });

  const built = join(ROOT, 'dist', 'taskpane.html');
  // npm test builds first; on a developer's machine before the first build there is no page to look at.
  (existsSync(built) ? it : it.skip)('loads the command’s script before React and Fluent in the built page', () => {
    const scripts = [...readFileSync(built, 'utf8').matchAll(/<script[^>]*src="?([^" >]+)/g)].map((match) => match[1]);
    const at = (name: string) => scripts.findIndex((src) => src.startsWith(`${name}.`));
    expect(at('commands')).toBeGreaterThan(0);
    expect(at('commands')).toBeLessThan(at('react'));
    expect(at('commands')).toBeLessThan(at('fluent'));
    expect(at('commands')).toBeLessThan(at('taskpane'));
  });
});
