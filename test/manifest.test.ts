/**
 * Checks manifest.xml offline: the schema (../shared/schemas, via xmllint-wasm) and what the schema cannot see.
 *
 * URL convention, shared with webpack.config.js (helper "pane"):
 *   urlDev  = 'https://localhost:3000/'  every URL in manifest.xml starts with it (sideloading with `npm start`);
 *   urlProd = process.env.ADDIN_URL      `npm run build` copies manifest.xml to dist/ with urlDev replaced by urlProd;
 *   the rest of each URL is a path inside dist/ (taskpane.html, assets/icon-32.png), so it must be a built file.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { REFRESH_COMMAND } from '../src/commands/names';
import { MIN_EXCEL_API } from '../src/excel/requirements';

const ROOT = resolve(__dirname, '..');
const SCHEMAS = resolve(ROOT, '..', 'shared', 'schemas');
export const URL_DEV = 'https://localhost:3000/';
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

async function validateAgainstSchema(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const schemaFiles = readdirSync(SCHEMAS).filter((name) => name.endsWith('.xsd'));
  const read = (name: string) => ({ fileName: name, contents: readFileSync(join(SCHEMAS, name), 'utf8') });
  const result = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: read('OfficeAppManifestV1_1.xsd'),
    preload: schemaFiles.filter((name) => name !== 'OfficeAppManifestV1_1.xsd').map(read),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.message) };
}

/** Every element named `tag` with its attributes. The manifest is ours and plain, so a pattern is enough. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const pattern = new RegExp(`<${tag}((?:\\s+[\\w:]+="[^"]*")*)\\s*/?>`, 'g');
  for (const match of xml.matchAll(pattern)) {
    const attributes: Record<string, string> = {};
    for (const attribute of match[1].matchAll(/([\w:]+)="([^"]*)"/g)) attributes[attribute[1]] = attribute[2];
    found.push(attributes);
  }
  return found;
}

function textOf(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => match[1].trim());
}

/** The `<bt:X id=..>` resources of one kind, id -> DefaultValue. */
function resources(kind: 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings'): Map<string, string> {
  const block = manifest.match(new RegExp(`<${kind}>([\\s\\S]*?)</${kind}>`));
  const map = new Map<string, string>();
  for (const entry of elements(block ? block[1] : '', 'bt:(?:Image|Url|String)')) map.set(entry.id, entry.DefaultValue);
  return map;
}

function allUrls(): string[] {
  const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((match) => match[1]);
  return [...urls, ...textOf(manifest, 'AppDomain')];
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * Files `npm run build` declares, as paths inside dist/: HtmlWebpackPlugin filenames and CopyWebpackPlugin patterns
 * from webpack.config.js, so the check does not depend on a prior (possibly stale) build.
 */
async function declaredBuildFiles(): Promise<Set<string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(join(ROOT, 'webpack.config.js'));
  const resolved = await (typeof exported === 'function' ? exported({}, { mode: 'production' }) : exported);
  return declaredOutputs(Array.isArray(resolved) ? resolved : [resolved]);
}

interface PluginLike {
  constructor: { name: string };
  userOptions?: { filename?: string };
  options?: { filename?: string };
  patterns?: (string | { from: string; to?: string })[];
}

function declaredOutputs(configs: { context?: string; plugins?: PluginLike[] }[]): Set<string> {
  const outputs = new Set<string>();
  for (const config of configs) {
    const context = config.context ?? ROOT;
    for (const plugin of config.plugins ?? []) {
      if (plugin.constructor.name === 'HtmlWebpackPlugin') {
        outputs.add(plugin.userOptions?.filename ?? plugin.options?.filename ?? 'index.html');
      }
      if (plugin.constructor.name === 'CopyPlugin' || plugin.constructor.name === 'CopyWebpackPlugin') {
        for (const pattern of plugin.patterns ?? []) {
          const { from, to } = typeof pattern === 'string' ? { from: pattern, to: undefined } : pattern;
          const source = resolve(context, from);
          if (!existsSync(source)) continue;
          if (statSync(source).isDirectory()) {
            for (const file of listFiles(source))
              outputs.add(
                join(to ?? '', relative(source, file))
                  .split('\\')
                  .join('/'),
              );
          } else {
            outputs.add(
              to && extname(to)
                ? to
                : join(to ?? '', basename(source))
                    .split('\\')
                    .join('/'),
            );
          }
        }
      }
    }
  }
  return outputs;
}

describe('manifest.xml', () => {
  it('is valid against the OfficeApp 1.1 schemas, which reject a manifest with an unknown permission', async () => {
    expect(await validateAgainstSchema(manifest)).toEqual({ valid: true, errors: [] });
    const broken = await validateAgainstSchema(manifest.replace('<Permissions>ReadWriteDocument', '<Permissions>Everything'));
    expect(broken.valid).toBe(false);
  }, 30000);

  it('asks for the least permission that can write the summary sheet', () => {
    expect(textOf(manifest, 'Permissions')).toEqual(['ReadWriteDocument']);
  });

  it('requires the Excel API set the refresh needs and a shared runtime, nothing more', () => {
    expect(elements(manifest, 'Set')).toEqual([
      { Name: 'ExcelApi', MinVersion: MIN_EXCEL_API },
      { Name: 'SharedRuntime', MinVersion: '1.1' },
    ]);
  });

  it('runs the ribbon command, the task pane and the event handlers in one long-lived runtime', () => {
    expect(elements(manifest, 'Runtime')).toEqual([{ resid: 'Taskpane.Url', lifetime: 'long' }]);
    expect(elements(manifest, 'FunctionFile')).toEqual([{ resid: 'Taskpane.Url' }]);
    expect(elements(manifest, 'SourceLocation').filter((location) => location.resid)).toEqual([{ resid: 'Taskpane.Url' }]);
  });

  it('puts Refresh JAC summary (a function) and Audit tracker (the pane) on the Home tab', () => {
    expect(elements(manifest, 'OfficeTab')).toEqual([{ id: 'TabHome' }]);
    expect(elements(manifest, 'Action')).toEqual([{ 'xsi:type': 'ExecuteFunction' }, { 'xsi:type': 'ShowTaskpane' }]);
    expect(textOf(manifest, 'FunctionName')).toEqual([REFRESH_COMMAND]);
    const labels = resources('bt:ShortStrings');
    expect(labels.get('Refresh.Label')).toBe('Refresh JAC summary');
    expect(labels.get('OpenPane.Label')).toBe('Audit tracker');
  });

  it('resolves every resid to a resource of the right kind', () => {
    const images = resources('bt:Images');
    const urls = resources('bt:Urls');
    const shortStrings = resources('bt:ShortStrings');
    const longStrings = resources('bt:LongStrings');
    const unresolved: string[] = [];
    const check = (tag: string, kind: Map<string, string>) => {
      for (const { resid } of elements(manifest, tag)) if (resid && !kind.has(resid)) unresolved.push(`${tag} ${resid}`);
    };
    check('bt:Image', images);
    check('Runtime', urls);
    check('FunctionFile', urls);
    check('SourceLocation', urls);
    check('LearnMoreUrl', urls);
    check('Label', shortStrings);
    check('Title', shortStrings);
    check('Description', longStrings);
    expect(unresolved).toEqual([]);
    // And the pattern really finds them: 9 ribbon images, 3 url references, 5 labels and titles, 3 descriptions.
    expect(elements(manifest, 'bt:Image').filter((image) => image.resid)).toHaveLength(9);
  });

  it('names icon files that exist at the size each reference declares', () => {
    const images = resources('bt:Images');
    const expected: { url: string; size: number }[] = [
      ...elements(manifest, 'bt:Image')
        .filter((image) => image.resid)
        .map((image) => ({ url: images.get(image.resid) ?? '', size: Number(image.size) })),
      { url: elements(manifest, 'IconUrl')[0].DefaultValue, size: 32 },
      { url: elements(manifest, 'HighResolutionIconUrl')[0].DefaultValue, size: 64 },
    ];
    for (const { url, size } of expected) {
      expect(url.startsWith(URL_DEV)).toBe(true);
      expect(pngSize(join(ROOT, url.slice(URL_DEV.length)))).toEqual({ width: size, height: size });
    }
    expect([16, 32, 80].every((size) => expected.some((image) => image.size === size))).toBe(true);
  });

  it('uses only development URLs that the build turns into files', async () => {
    const urls = allUrls();
    expect(urls.filter((url) => !url.startsWith(URL_DEV) && `${url}/` !== URL_DEV)).toEqual([]);
    const built = await declaredBuildFiles();
    const paths = [...new Set(urls.map((url) => url.slice(URL_DEV.length)).filter((path) => path !== ''))].sort();
    expect(paths).toEqual(['assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'taskpane.html']);
    expect(paths.filter((path) => !built.has(path))).toEqual([]);
  });

  const distManifest = join(ROOT, 'dist', 'manifest.xml');
  // Skipped only on a developer's machine before the first build; CI (and npm test) always builds first.
  (existsSync(distManifest) || process.env.CI ? it : it.skip)('after npm run build, dist/manifest.xml names only files in dist/', () => {
    const built = readFileSync(distManifest, 'utf8');
    const urls = [...built.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((match) => match[1]);
    const base = elements(built, 'SourceLocation')[0].DefaultValue.replace(/taskpane\.html$/, '');
    const distFiles = new Set(listFiles(join(ROOT, 'dist')).map((file) => relative(join(ROOT, 'dist'), file).split('\\').join('/')));
    const missing = urls.filter((url) => url !== base && !distFiles.has(url.slice(base.length)));
    expect(missing).toEqual([]);
  });

  it('becomes a valid production manifest, with no localhost left, through the build’s own transform', async () => {
    const previous = process.env.ADDIN_URL;
    process.env.ADDIN_URL = 'https://addins.example.police.uk/jac';
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(join(ROOT, 'webpack.config.js'));
      const config = await (typeof exported === 'function' ? exported({}, { mode: 'production' }) : exported);
      const copy = (config.plugins as PluginLike[]).find(
        (plugin) => plugin.constructor.name === 'CopyPlugin' || plugin.constructor.name === 'CopyWebpackPlugin',
      );
      const pattern = (copy?.patterns ?? []).find(
        (entry): entry is { from: string; transform: (content: Buffer, path: string) => Buffer | string } =>
          typeof entry === 'object' && entry.from.startsWith('manifest') && 'transform' in entry,
      );
      expect(pattern).toBeDefined();
      const production = String(pattern!.transform(Buffer.from(manifest), join(ROOT, 'manifest.xml')));
      expect(production.includes('localhost')).toBe(false);
      expect(elements(production, 'SourceLocation')[0].DefaultValue).toBe('https://addins.example.police.uk/jac/taskpane.html');
      expect(textOf(production, 'AppDomain')).toEqual(['https://addins.example.police.uk']);
      expect(await validateAgainstSchema(production)).toEqual({ valid: true, errors: [] });
    } finally {
      if (previous === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = previous;
    }
  }, 30000);
});
