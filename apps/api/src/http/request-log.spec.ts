import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from '#common';
import { logRequest, type RequestLine } from './request-log.js';

/** A logger as the server makes it, writing its lines into an array. */
function capturingLogger(level = 'info') {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: pino(loggerOptions(level), destination), lines };
}

const withoutTime = (line: string) => {
  const { time, ...rest } = JSON.parse(line) as Record<string, unknown>;
  expect(typeof time === 'string' && !Number.isNaN(Date.parse(time))).toBe(true);
  return rest;
};

describe('the access log line', () => {
  const requests: RequestLine[] = [
    { method: 'GET', route: '/v/:code', status: 200, ms: 1 },
    { route: 'unmatched', status: 400, ms: 0 },
    { method: 'POST', route: '/api/v1/"quoted"\\path/é', status: 503, ms: 12 },
  ];

  it('is the very line pino writes for the same fields, time included as an ISO date', async () => {
    const written = capturingLogger();
    const byPino = capturingLogger();
    for (const line of requests) {
      logRequest(written.logger, line);
      byPino.logger.info(line, 'request');
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(written.lines).toHaveLength(3);
    expect(written.lines.map(withoutTime)).toEqual(byPino.lines.map(withoutTime));
    expect(Object.keys(JSON.parse(written.lines[0]) as object)).toEqual(Object.keys(JSON.parse(byPino.lines[0]) as object));
  });

  it('is not written when the level leaves out information lines', async () => {
    const quiet = capturingLogger('warn');
    logRequest(quiet.logger, requests[0]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(quiet.lines).toEqual([]);
  });
});
