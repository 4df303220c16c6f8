import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { serveDocumentFiles } from './document-files.js';
import { operationId } from './operation-id.js';
import { markPublicOperations } from './public-operations.js';

/** The OpenAPI document of the running app; also committed as docs/openapi.json. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Terroir Pass API')
    .setDescription(
      'Producers, accommodations and offers ("bons plans") of rural tourism associations. ' +
        'Every error answers { statusCode, error, message, errors: [{ field, message }] }; lists answer { items, total, page, limit }. ' +
        'Sign in with POST /api/v1/auth/login and send the access token as Authorization: Bearer; public routes need none, ' +
        'but show more to a signed-in member (an invalid or expired token is a 401 everywhere).',
    )
    .setVersion('1')
    .addServer('/', 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The accessToken of POST /api/v1/auth/login' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: operationId });
  markPublicOperations(app, document);
  return document;
}

/**
 * The document is a function of the code (its controllers and DTOs), never of the configuration:
 * built once per process. A server builds one app; the tests build one per file, a fifth of a
 * second of CPU each, a hundred times a run.
 */
let served: OpenAPIObject | undefined;

export function serveOpenApi(app: INestApplication): void {
  const document = (served ??= buildOpenApiDocument(app));
  SwaggerModule.setup('docs', app, document, { raw: false, customSiteTitle: 'Terroir Pass API' });
  serveDocumentFiles(app, document);
}
