/**
 * Once per run of the browser tests: build the preview and serve it on a free port. Test files read the address
 * from PREVIEW_URL (workers inherit this process's environment).
 */
import { startPreviewServer, type PreviewServer } from '../../scripts/servePreview';
import { buildPreview, PREVIEW_DIR } from './support/buildPreview';

export default async function globalSetup(): Promise<void> {
  buildPreview();
  const server = await startPreviewServer({ root: PREVIEW_DIR, port: 0, host: '127.0.0.1' });
  process.env.PREVIEW_URL = server.url;
  (globalThis as { previewServer?: PreviewServer }).previewServer = server;
}
