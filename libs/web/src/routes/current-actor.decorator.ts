import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Actor } from '#common';

/** `sessionId`: the sign-in session the request belongs to, if any (signing out ends it). */
export type RequestWithActor = FastifyRequest & { actor?: Actor; sessionId?: string };

/** Who is asking, as established by the AuthGuard (anonymous on public routes). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<RequestWithActor>().actor ?? Actor.anonymous();
});
