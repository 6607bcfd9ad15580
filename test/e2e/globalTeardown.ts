import type { PreviewServer } from '../../scripts/servePreview';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { previewServer?: PreviewServer }).previewServer?.close();
}
