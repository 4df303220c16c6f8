import type { Test } from 'supertest';

type StreamParser = Extract<Parameters<Test['parse']>[0], (res: never, callback: never) => void>;

/** Keeps a response body as bytes (PDF, PNG): `.buffer(true).parse(binary)`. */
export const binary: StreamParser = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
