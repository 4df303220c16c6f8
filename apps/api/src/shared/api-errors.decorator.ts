import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ApiError } from '#common';

/** Documents the error answers a route can give, all in the one error shape. */
export function ApiErrors(...statuses: Array<400 | 404 | 409 | 429>) {
  const decorators = statuses.map((status) => {
    switch (status) {
      case 400:
        return ApiBadRequestResponse({ type: ApiError, description: 'Invalid input: each wrong field is named in errors' });
      case 404:
        return ApiNotFoundResponse({ type: ApiError, description: 'No such thing' });
      case 409:
        return ApiConflictResponse({ type: ApiError, description: 'Conflicts with the current state (taken slug, forbidden transition)' });
      case 429:
        return ApiTooManyRequestsResponse({
          type: ApiError,
          description: 'Too many attempts: try again after Retry-After seconds (refused attempts do not count)',
          headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', example: 42 } } },
        });
    }
  });
  return applyDecorators(...decorators);
}
