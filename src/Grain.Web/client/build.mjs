// Bundles the browser code into wwwroot/dist; run by the MSBuild target BuildClient during `dotnet build`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.join(here, '..', 'wwwroot', 'dist');

await build({
  entryPoints: { app: path.join(here, 'app.js'), style: path.join(here, 'style.css') },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir,
  logLevel: 'warning',
  legalComments: 'none',
});
