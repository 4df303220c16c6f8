import type { FastifyReply } from 'fastify';

/** A spreadsheet (CSV text or a workbook's bytes) as a download under its own name. */
export function sendSpreadsheet(reply: FastifyReply, file: { filename: string; contentType: string; body: string | Buffer }): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'private, no-cache')
    .send(file.body);
}

/** A CSV file as a download under its own name (spreadsheet exports, figures tables). */
export function sendCsv(reply: FastifyReply, file: { filename: string; body: string }): FastifyReply {
  return sendSpreadsheet(reply, { ...file, contentType: 'text/csv; charset=utf-8' });
}
