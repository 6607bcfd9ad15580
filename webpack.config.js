/**
 * Builds the add-in (yo office style) and the browser preview.
 *
 *   webpack --mode production                 dist/: taskpane.html (the ribbon's commands first, then the pane),
 *                                             preview.html, assets/, manifest.xml with ADDIN_URL
 *   webpack serve --mode development          https://localhost:3000/ with Office's dev certificates (npm start)
 *   webpack --env preview [--mode ...]        dist/preview/: only the preview, as index.html and preview.html
 *   webpack serve --env preview               the same over plain http on PORT (default 3000)
 *
 * Environment: ADDIN_URL (where production is hosted; default the dev URL), PORT (dev server port, default 3000).
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** The URL the manifest is written with during development; production replaces it. */
const DEV_URL = 'https://localhost:3000/';

/** Where the add-in is deployed, always with one trailing slash so "<url>taskpane.html" is right. */
function addinUrl() {
  const url = process.env.ADDIN_URL || DEV_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * The manifest with every development URL pointing at ADDIN_URL instead: full URLs keep their path
 * ("https://localhost:3000/taskpane.html" -> "<ADDIN_URL>taskpane.html"), a bare origin such as <AppDomain> becomes
 * the deployment's origin. XML comments are developer notes about sideloading; an administrator's copy drops them.
 */
function productionManifest(xml) {
  const url = addinUrl();
  return xml
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .split(DEV_URL)
    .join(url)
    .split(DEV_URL.slice(0, -1))
    .join(new URL(url).origin);
}

/** Office's trusted localhost certificate, when office-addin-dev-certs can provide one (installs it on first use). */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    console.warn(`No Office development certificate (${error.message}); serving with a self-signed one instead.`);
    return {};
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const previewOnly = Boolean(env.preview);
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(process.env.PORT || 3000);
  const outputPath = path.resolve(__dirname, previewOnly ? 'dist/preview' : 'dist');

  const entry = {};
  const pages = [];
  if (!previewOnly) {
    // The ribbon's command is associated by a small script that runs before the React and Fluent bundles, or the
    // first click can go unanswered (office-js issue 5176): see src/commands/register.ts.
    entry.commands = './src/commands/register.ts';
    entry.taskpane = './src/taskpane/index.tsx';
    pages.push(page(['commands', 'taskpane'], 'src/taskpane/taskpane.html', 'taskpane.html'));
  }
  entry.preview = './src/preview/index.tsx';
  pages.push(page('preview', 'src/preview/preview.html', 'preview.html'));
  // Served at the root, so http://localhost:3000/ opens the preview.
  if (previewOnly) pages.push(page('preview', 'src/preview/preview.html', 'index.html'));

  const copies = [
    // Icons for the manifest and the sample workbook the preview opens on.
    { from: 'assets', to: 'assets', noErrorOnMissing: true },
  ];
  if (!previewOnly) {
    copies.push({
      from: 'manifest*.xml',
      to: '[name][ext]',
      noErrorOnMissing: true,
      transform(content) {
        return production ? productionManifest(content.toString()) : content;
      },
    });
  }

  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    entry,
    output: {
      path: outputPath,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // ExcelJS's "browser" field points at its self-contained dist bundle; Node built-ins are not needed there,
      // and webpack 5 has no polyfills, so any stray reference resolves to an empty module rather than failing.
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false, zlib: false, util: false, buffer: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; here only transpile, as ES modules so unused Fluent code
            // can be tree-shaken.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true } },
          },
        },
      ],
    },
    plugins: [...pages, new CopyWebpackPlugin({ patterns: copies })],
    optimization: {
      // One webpack runtime for the page, so the ribbon's script and the pane share module state (lastOutcome.ts).
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // Fluent and React change rarely: their own chunks cache across releases of the add-in's code.
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 30 },
          fluent: { test: /[\\/]node_modules[\\/]@fluentui[\\/]/, name: 'fluent', priority: 20 },
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', priority: 20 },
        },
      },
    },
    performance: {
      // Fluent UI and ExcelJS are large by nature; warn only when a page grows well past them.
      maxEntrypointSize: 3_000_000,
      maxAssetSize: 2_000_000,
    },
    devServer: {
      port,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Office only loads add-ins over https; the preview is a plain web page and stays on http.
      server: previewOnly || !serving ? 'http' : { type: 'https', options: await httpsOptions() },
      historyApiFallback: false,
      client: { overlay: { warnings: false } },
    },
  };
};

/** An HTML page from its template, running one entry, or several in the order given. */
function page(chunks, template, filename) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks: Array.isArray(chunks) ? chunks : [chunks],
    chunksSortMode: 'manual',
  });
}
