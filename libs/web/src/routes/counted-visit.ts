import type { FastifyRequest } from 'fastify';

/**
 * Whether a page served is someone's visit, to count: a GET. A HEAD reads no page (link checkers
 * and bots asking whether it exists), and the service worker fetching a page to keep it offline
 * (`x-offline-copy: 1`) is the same visit again.
 */
export const isCountedVisit = (request: FastifyRequest): boolean => request.method === 'GET' && request.headers['x-offline-copy'] !== '1';
