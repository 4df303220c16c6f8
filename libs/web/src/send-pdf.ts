import type { FastifyReply } from 'fastify';
import type { PdfFile } from '#printing';
import { clientHolds } from './conditional.js';

/** A PDF as a download under its own name (whoever serves it: the API or the member pages). */
export function sendPdfBody(reply: FastifyReply, filename: string, body: Buffer): FastifyReply {
  return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(body);
}

/** A printable file, answered 304 (and not built) when the client already holds the same content. */
export async function sendPdf(reply: FastifyReply, file: PdfFile, known: string | undefined): Promise<FastifyReply> {
  reply.header('etag', file.etag).header('cache-control', 'private, no-cache');
  if (clientHolds(known, file.etag)) return reply.status(304).send();
  return sendPdfBody(reply, file.filename, await file.body());
}
