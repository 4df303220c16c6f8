import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiResponse } from '@nestjs/swagger';

type Content = NonNullable<NonNullable<Parameters<typeof ApiOkResponse>[0]>['content']>;
type SchemaObject = Content[string]['schema'];

const BYTES: SchemaObject = { type: 'string', format: 'binary' };

/**
 * Documents a success answered as a file of `mediaType` (or one of several: a PDF, an image, a CSV, an open-data
 * document) rather than the API's JSON; errors stay JSON (see ApiErrors). `schema` describes a
 * JSON-based body (GeoJSON, JSON-LD); `notModified` adds the 304 of routes that honour If-None-Match.
 */
export function ApiFileResponse(mediaType: string | readonly string[], description: string, options: { schema?: SchemaObject; notModified?: boolean } = {}) {
  const content = Object.fromEntries([mediaType].flat().map((type) => [type, { schema: options.schema ?? BYTES }]));
  return applyDecorators(
    ApiOkResponse({ description, content }),
    ...(options.notModified
      ? [ApiResponse({ status: 304, description: 'Not Modified: the ETag sent in If-None-Match is still the current one (no body)' })]
      : []),
  );
}
