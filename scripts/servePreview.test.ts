import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveRequestPath, startPreviewServer } from './servePreview';

describe('resolveRequestPath', () => {
  const root = path.resolve('/srv/preview');

  it('serves the preview page at the root and files beneath it', () => {
    expect(resolveRequestPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRequestPath(root, '/assets/sample/jac-tracker-sample.xlsx?x=1')).toBe(
      path.join(root, 'assets', 'sample', 'jac-tracker-sample.xlsx'),
    );
    expect(resolveRequestPath(root, '/assets/my%20file.xlsx')).toBe(path.join(root, 'assets', 'my file.xlsx'));
  });

  it('never leaves the folder it serves, however the path is written', () => {
    expect(resolveRequestPath(root, '/../package.json')).toBe(path.join(root, 'package.json'));
    expect(resolveRequestPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveRequestPath(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('startPreviewServer', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'jac-serve-'));
    mkdirSync(path.join(folder, 'assets'));
    writeFileSync(path.join(folder, 'index.html'), '<!doctype html><title>preview</title>');
    writeFileSync(path.join(folder, 'assets', 'book.xlsx'), 'PK');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('serves files with their content types on a free port and answers 404 for anything else', async () => {
    const server = await startPreviewServer({ root: folder, port: 0, host: '127.0.0.1' });
    try {
      const page = await fetch(server.url);
      expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([
        200,
        'text/html; charset=utf-8',
        '<!doctype html><title>preview</title>',
      ]);
      const book = await fetch(`${server.url}assets/book.xlsx`);
      expect([book.status, book.headers.get('content-type')]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
      expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
      expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
