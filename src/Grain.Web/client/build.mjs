// Bundles the browser code into wwwroot/dist; run by the MSBuild target ClientBuild during `dotnet build`.
// app.js is an ES module split into chunks: CodeMirror (and each editor language) and uPlot load only on the pages
// that use them. Every output is also written precompressed (.br, .gz) for the static-file server.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.join(here, '..', 'wwwroot', 'dist');

fs.rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { app: path.join(here, 'app.js'), style: path.join(here, 'style.css') },
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2020'],
  outdir,
  logLevel: 'warning',
  legalComments: 'none',
});

for (const entry of fs.readdirSync(outdir, { recursive: true })) {
  const file = path.join(outdir, entry);
  if (!/\.(js|css)$/.test(file) || !fs.statSync(file).isFile()) {
    continue;
  }
  const bytes = fs.readFileSync(file);
  fs.writeFileSync(file + '.br', zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  fs.writeFileSync(file + '.gz', zlib.gzipSync(bytes, { level: 9 }));
}
