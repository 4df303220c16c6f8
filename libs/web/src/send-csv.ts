import type { FastifyReply } from 'fastify';

/** A CSV file as a download under its own name (spreadsheet exports, figures tables). */
export function sendCsv(reply: FastifyReply, file: { filename: string; body: string }): FastifyReply {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'private, no-cache')
    .send(file.body);
}
