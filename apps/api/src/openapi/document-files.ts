import { createHash } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { dump } from 'js-yaml';
import { clientHolds } from '#web';

interface DocumentFile {
  type: string;
  body: string;
  etag: string;
}

const file = (type: string, body: string): DocumentFile => ({ type, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` });

/**
 * /docs-json and /docs-yaml, written once per process. Swagger's own routes serialise the whole
 * document on every request: about 200 ms of CPU for the YAML, on a route anyone may call.
 */
export function serveDocumentFiles(app: INestApplication, document: OpenAPIObject): void {
  const files = new Map<string, () => DocumentFile>();
  const once = (make: () => DocumentFile) => {
    let made: DocumentFile | undefined;
    return () => (made ??= make());
  };
  files.set(
    '/docs-json',
    once(() => file('application/json; charset=utf-8', JSON.stringify(document))),
  );
  files.set(
    '/docs-yaml',
    once(() => file('text/yaml; charset=utf-8', dump(document, { skipInvalid: true, noRefs: true }))),
  );
  const adapter = app.getHttpAdapter();
  for (const [path, made] of files) {
    adapter.get(path, (request: FastifyRequest, reply: FastifyReply) => {
      const { type, body, etag } = made();
      // the document changes with a deployment only: kept, but asked again each time
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (clientHolds(request.headers['if-none-match'], etag)) return reply.status(304).send();
      return reply.type(type).send(body);
    });
  }
}
