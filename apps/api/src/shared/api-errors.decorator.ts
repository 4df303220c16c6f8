import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiError } from '#common';

const ERRORS = {
  400: 'Invalid input: each wrong field is named in errors',
  401: 'No valid access token: sign in (or refresh) and send it as Authorization: Bearer',
  403: 'Signed in, but this role may not do this here',
  404: 'No such thing (or nothing this person may see)',
  409: 'Conflicts with the current state (taken slug, forbidden transition, already used)',
  413: 'The body is too large',
  415: 'The body is not of a media type this route accepts',
  429: 'Too many attempts: try again after Retry-After seconds (refused attempts do not count)',
  503: 'The database does not answer: try again shortly',
} as const;

export type ErrorStatus = keyof typeof ERRORS;

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', example: 42 } } } as const;

/**
 * Documents the error answers a route can give, all in the one error shape and always JSON (even
 * where the success is a PDF or an image). On a controller, it documents them for every route.
 */
export function ApiErrors(...statuses: ErrorStatus[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        type: ApiError,
        description: ERRORS[status],
        ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
      }),
    ),
  );
}
