// `npm run check`: the formatter's check beside the type-checker and the linter, which share one
// TypeScript program (scripts/types-and-lint.mjs); their findings are printed at the end
// (`npm run format` fixes formatting), and any failure fails the whole. Prettier keeps a cache of
// the files it found well formatted (node_modules/.cache/prettier, by content). `.ci/run` runs it
// before the tests: `npm test` is the tests alone, so that they keep the machine's two cores.
import { spawn } from 'node:child_process';
import { ROOT } from './transpile.mjs';

const bin = (name) => `${ROOT}/node_modules/.bin/${name}`;

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command === 'node' ? process.execPath : bin(command), args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    child.on('exit', (code, signal) => resolve({ name: [command, ...args].join(' '), ok: code === 0, code: code ?? signal, output }));
  });
}

const results = await Promise.all([run('prettier', ['--check', '.', '--cache', '--log-level', 'warn']), run('node', ['scripts/types-and-lint.mjs'])]);
for (const result of results.filter((r) => !r.ok && r.output)) console.error(`\n${result.name} failed:\n${result.output}`);
const failed = results.filter((r) => !r.ok).map((r) => `${r.name} (${r.code})`);
console.log(failed.length === 0 ? 'npm run check: formatting, types and lint all pass' : `npm run check failed: ${failed.join(', ')}`);
process.exit(failed.length === 0 ? 0 : 1);
