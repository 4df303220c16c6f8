import { createServer } from 'node:net';

/** Below Linux's ephemeral range (32768–60999), where `listen(0)` of the other test files picks its ports. */
const FIRST = 20_000;
const LAST = 32_000;
const given = new Set<number>();

const tryListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/**
 * A loopback port nothing listens on right now, for a server a test starts itself: taken outside
 * the range the system hands out to `listen(0)`, so that another file's app cannot be given it
 * between this choice and the server's own start.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = FIRST + Math.floor(Math.random() * (LAST - FIRST));
    // two calls before either server starts (an app and its PostgreSQL) must not get the same port
    if (!given.has(port) && (await tryListen(port))) {
      given.add(port);
      return port;
    }
  }
}
