import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { loadConfig } from '#common';
import { freshTestDatabase } from '../support/database-server.js';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** A request through a keep-alive agent, as a browser or a client library sends them. */
function send(agent: Agent, base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base);
    const req = request({ host: url.hostname, port: url.port, path, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('what Fastify refuses before the app sees it is answered in the one error shape and logged', () => {
  let app: NestFastifyApplication;
  let base: string;
  let database: { url: string; drop(): Promise<void> };
  const lines: { msg: string; route?: string; status?: number }[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });

  beforeAll(async () => {
    database = await freshTestDatabase();
    const log = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as (typeof lines)[number]);
        done();
      },
    });
    const config = { ...loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: '10' }), seedDemo: false };
    app = await createApp(config, database.url, pino({ level: 'info' }, log));
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    agent.destroy();
    await app.close();
    await database.drop();
  });

  const logged = (status: number) => lines.filter((line) => line.msg === 'request' && line.status === status);
  const shape = (status: number, message: string) => ({ statusCode: status, error: expect.any(String) as string, message });

  it('an undecodable path is a 400, a path segment too long a 414', async () => {
    const undecodable = await send(agent, base, '/api/v1/producers/%E0%A4%A');
    expect(undecodable).toMatchObject({ status: 400, body: shape(400, 'The path is not valid percent-encoded UTF-8') });
    expect(Object.keys(undecodable.body as object).sort()).toEqual(['error', 'message', 'statusCode']);
    const long = await send(agent, base, `/api/v1/producers/${'a'.repeat(5000)}`);
    expect(long).toMatchObject({ status: 414, body: shape(414, 'A segment of the path is too long') });
    expect(long.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(logged(400)).toEqual([expect.objectContaining({ method: 'GET', route: 'unmatched' })]);
    expect(logged(414)).toHaveLength(1);
  });

  it('headers too large are a 431 that closes the connection, so the next request goes on a new one', async () => {
    const tooLarge = await send(agent, base, '/health/live', { 'x-padding': 'x'.repeat(20_000) });
    expect(tooLarge).toMatchObject({ status: 431, body: shape(431, 'The request headers are too large') });
    expect(tooLarge.headers.connection).toBe('close');
    // the same keep-alive agent: on a socket the server has closed, this would be reset
    expect((await send(agent, base, '/health/live')).status).toBe(200);
    expect(logged(431)).toEqual([expect.objectContaining({ route: 'unmatched' })]);
  });
});
