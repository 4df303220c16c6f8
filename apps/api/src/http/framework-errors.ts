import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { ApiError } from '#common';
import { logRequest } from './request-log.js';

/** What the router refuses before any route, hook or filter of the app runs, told in the API's words. */
const ROUTER_REFUSALS: Record<string, { status: number; message: string }> = {
  FST_ERR_BAD_URL: { status: 400, message: 'The path is not valid percent-encoded UTF-8' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, message: 'A segment of the path is too long' },
};

const errorOf = (status: number, message: string): ApiError => ({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', message });

/**
 * The errors Fastify answers itself, before the application sees the request: in the API's one
 * error shape, and logged like every other request. Given to the Fastify instance when it is made.
 */
export function frameworkErrorHandlers(logger: Logger) {
  return {
    frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
      const refusal = ROUTER_REFUSALS[error.code];
      const body = refusal ? errorOf(refusal.status, refusal.message) : errorOf(500, 'Something went wrong on our side');
      if (!refusal) logger.error({ err: error }, 'the router failed');
      void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
      logRequest(logger, { method: request.method, route: 'unmatched', status: body.statusCode, ms: 0 });
    },

    /**
     * A request Node's parser cannot read (headers too large, malformed): answered on the socket, which is
     * then closed. `Connection: close` tells the client so: without it, a keep-alive client sends its
     * next request on this socket and gets a reset.
     */
    clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      const message =
        status === 431 ? 'The request headers are too large' : status === 408 ? 'The request took too long to arrive' : 'The request is not valid HTTP';
      const body = JSON.stringify(errorOf(status, message));
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
      }
      // the rest of what the client sends is not read: the socket goes once the answer is out, or after a while
      setTimeout(() => socket.destroy(), 5000).unref();
      logRequest(logger, { route: 'unmatched', status, ms: 0 });
    },
  };
}
