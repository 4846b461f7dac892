// `npm run build`: bundles the CLI with esbuild into dist/ (one file to start, with each command
// and each heavy dependency split into a chunk that loads only when used), then caches the
// shipped course. Bundling halves start-up: Node no longer resolves and compiles ~60 modules.
// Type-checking is `npm run typecheck` (tsc), which `npm test` runs.
import { renameSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Built beside dist/ and swapped in, so a running node-arch (or a failed build) never sees half.
const next = new URL('../dist.next/', import.meta.url);
rmSync(next, { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist.next',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  // Some dependencies are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __nodeArchRequire } from 'node:module'; const require = __nodeArchRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
const dist = new URL('../dist/', import.meta.url);
const old = new URL('../dist.old/', import.meta.url);
rmSync(old, { recursive: true, force: true });
try {
  renameSync(dist, old);
} catch {
  // no previous build
}
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
