import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { swcOptions } from './scripts/swc-options.mjs';
import SlowFirstSequencer from './test/support/slow-first-sequencer.js';

export default defineConfig({
  plugins: [swc.vite(swcOptions)],
  // The libs by name (package.json "imports"), read from their TypeScript sources as the type-checker reads them.
  resolve: { alias: [{ find: /^#([a-z]+)$/, replacement: join(fileURLToPath(new URL('.', import.meta.url)), 'libs/$1/src/index.ts') }] },
  test: {
    include: ['libs/**/*.spec.ts', 'apps/**/*.spec.ts', 'test/**/*.e2e-spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    sequence: { sequencer: SlowFirstSequencer },
    pool: 'forks',
    // one file per core (2 here): with the matrix asking at once, the files compute more than they wait, and a third
    // worker only made them share the cores (whole runs on 2 cores: 2 workers 286 s, 3 workers 328–338 s, 4 workers 352 s)
    maxWorkers: availableParallelism(),
    // each file starts its own app on its own database: the modules themselves can be loaded once per worker
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
