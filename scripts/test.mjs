// `npm test`: the formatter's check, the type-checker and the linter side by side with the tests,
// whose runs wait on PostgreSQL and Chromium often enough to leave a core half idle. The checkers'
// findings are printed after the tests (`npm run format` fixes formatting); any failure fails the whole.
// Prettier keeps a cache of the files it found well formatted (node_modules/.cache/prettier, by
// content); the type-checker and the linter share one program (scripts/types-and-lint.mjs).
import { spawn } from 'node:child_process';
import { ROOT } from './transpile.mjs';

const bin = (name) => `${ROOT}/node_modules/.bin/${name}`;

function run(command, args, { quiet }) {
  return new Promise((resolve) => {
    const child = spawn(command === 'node' ? process.execPath : bin(command), args, { cwd: ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    child.on('exit', (code, signal) => resolve({ name: [command, ...args].join(' '), ok: code === 0, code: code ?? signal, output }));
  });
}

const checks = [
  run('prettier', ['--check', '.', '--cache', '--log-level', 'warn'], { quiet: true }),
  run('node', ['scripts/types-and-lint.mjs'], { quiet: true }),
];
const tests = await run('vitest', ['run', ...process.argv.slice(2)], { quiet: false });
const results = [...(await Promise.all(checks)), tests];
for (const result of results.filter((r) => !r.ok && r.output)) console.error(`\n${result.name} failed:\n${result.output}`);
const failed = results.filter((r) => !r.ok).map((r) => `${r.name} (${r.code})`);
console.log(failed.length === 0 ? '\nnpm test: formatting, types, lint and tests all pass' : `\nnpm test failed: ${failed.join(', ')}`);
process.exit(failed.length === 0 ? 0 : 1);
