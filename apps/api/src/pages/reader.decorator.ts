import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { readerOf, type Reader } from './reader.js';

export type { Reader } from './reader.js';

/** The reader of a tourist page, as a handler's parameter. */
export const TouristReader = createParamDecorator((_data: unknown, context: ExecutionContext): Reader =>
  readerOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
