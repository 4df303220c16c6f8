import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { createLogger, loadConfig } from '#common';
import { openDatabaseServer } from '#database';
import { createApp } from '../app.factory.js';
import { buildOpenApiDocument } from './openapi.js';

/**
 * `npm run openapi [-- FILE]`: writes the API's OpenAPI document, by default docs/openapi.json (the
 * committed contract a test compares with the code). The app is built as for serving, on the
 * running embedded PostgreSQL if there is one, without loading the demo.
 */
async function main(out = 'docs/openapi.json'): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('warn');
  const database = await openDatabaseServer(config, logger, { shareRunning: true });
  try {
    const app = await createApp({ ...config, seedDemo: false }, database.url, logger);
    try {
      await writeFile(out, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
      console.log(`OpenAPI document written to ${out}`);
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
