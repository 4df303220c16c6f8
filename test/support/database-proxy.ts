import { connect, createServer, type Server, type Socket } from 'node:net';

export interface DatabaseProxy {
  /** `url` with its host and port replaced by the proxy's: a database on the same server, reached through the proxy. */
  route(url: string): string;
  /**
   * Makes the server unreachable for whoever goes through the proxy: every open connection is cut;
   * new ones are refused (`'refuse'`, as a stopped server) or accepted and never answered
   * (`'silence'`, as a server out of reach).
   */
  cut(how?: 'refuse' | 'silence'): Promise<void>;
  /** Connections go through again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP proxy on a loopback port in front of the test PostgreSQL: an app started on `route(url)`
 * can lose its database while the shared server, and every other test file, goes on.
 */
export async function startDatabaseProxy(serverUrl: string): Promise<DatabaseProxy> {
  const target = new URL(serverUrl);
  const sockets = new Set<Socket>();
  let mode: 'through' | 'silence' = 'through';
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const onConnection = (client: Socket) => {
    track(client);
    if (mode === 'silence') return;
    const upstream = connect(Number(target.port), target.hostname);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };

  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      const server = createServer(onConnection);
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve(server));
    });
  let server: Server | undefined = await listen(0);
  const port = (server.address() as { port: number }).port;

  const stopListening = async () => {
    const closing = server;
    server = undefined;
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };
  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
  };

  return {
    route(url) {
      const routed = new URL(url);
      routed.hostname = '127.0.0.1';
      routed.port = String(port);
      return routed.toString();
    },
    async cut(how = 'refuse') {
      if (how === 'silence') {
        mode = 'silence';
        cutAll();
        return;
      }
      const closed = stopListening();
      cutAll();
      await closed;
    },
    async restore() {
      mode = 'through';
      server ??= await listen(port);
    },
    async close() {
      const closed = stopListening();
      cutAll();
      await closed;
    },
  };
}
