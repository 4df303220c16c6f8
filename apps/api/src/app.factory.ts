import 'reflect-metadata';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { ApiExceptionFilter, createValidationPipe, PinoNestLogger, type AppConfig } from '#common';
import { DatabaseNotifications, DatabaseOutage, ReadDatabase } from '#database';
import { XLSX_TYPE } from '#directory';
import { PortalExceptionFilter } from '../../portal/src/portal-exception.filter.js';
import { SiteRouter } from '../../site/src/site-router.js';
import { AppModule } from './app.module.js';
import { IMAGE_UPLOAD_ROUTES } from './directory/image-upload-routes.js';
import { GEOJSON_TYPE } from './directory/base-layers.controller.js';
import { frameworkErrorHandlers } from './http/framework-errors.js';
import { useJsonBodies } from './http/json-body.js';
import { logRequest } from './http/request-log.js';
import { readYourWrites } from './http/read-your-writes.js';
import { privateByDefault } from './http/private-by-default.js';
import { ExceptionFilterByPath } from './shared/exception-filter-by-path.js';
import { serveOpenApi } from './openapi/openapi.js';
import { AccommodationPages } from './pages/accommodation-pages.js';
import { PageDelivery } from './pages/page-delivery.js';
import { servePagesFromMemory } from './pages/pages-from-memory.js';

export interface RouteEntry {
  method: string;
  url: string;
}

const ROUTES = new WeakMap<object, RouteEntry[]>();

/** What a spreadsheet is sent as: CSV, or an Excel workbook. */
const SPREADSHEET_TYPES = ['text/csv', XLSX_TYPE];

/** The routes that take a spreadsheet (CSV, a workbook, or a multipart upload), or an image (multipart). */
const UPLOAD_ROUTES = new Set([
  ...IMAGE_UPLOAD_ROUTES,
  '/api/v1/territories/:id/imports/producers',
  '/api/v1/territories/:id/imports/accommodations',
  '/app/coordinator/:territoryId/spreadsheets/check',
  '/api/v1/territories/:id/base-layers',
  '/app/coordinator/:territoryId/base-layers',
  '/api/v1/territories/:id/coupons/scans',
  '/app/coordinator/:territoryId/coupons/scans',
]);

/** Every route the application serves (HEAD left out), as Fastify registered them. */
export function routesOf(app: NestFastifyApplication): RouteEntry[] {
  return ROUTES.get(app) ?? [];
}

/** Builds the HTTP application, the same way for the server, the CLI's tools and the tests. */
export async function createApp(config: AppConfig, databaseUrl: string, logger: Logger): Promise<NestFastifyApplication> {
  const bodyLimit = 1024 * 1024;
  const adapter = new FastifyAdapter({ trustProxy: config.trustProxy, bodyLimit, ...frameworkErrorHandlers(logger) });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: new PinoNestLogger(logger),
  });
  app.useGlobalPipes(createValidationPipe());
  const outage = app.get(DatabaseOutage);
  app.useGlobalFilters(new ExceptionFilterByPath(new ApiExceptionFilter(outage), new PortalExceptionFilter(outage), app.get(SiteRouter)));
  useJsonBodies(app, bodyLimit);
  const fastify = app.getHttpAdapter().getInstance();
  // Spreadsheet imports send the file itself as the body (CSV or an .xlsx workbook), up to 5 MB; kept as bytes: what it is, and its encoding, are told from them.
  fastify.addContentTypeParser(SPREADSHEET_TYPES, { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => done(null, body));
  // Base layers come as a GeoJSON file, read as bytes so that its refusals say what is wrong; past its 5 MB the service says by how much, up to 8 MB.
  fastify.addContentTypeParser(GEOJSON_TYPE, { parseAs: 'buffer', bodyLimit: 8 * 1024 * 1024 }, (_request, body, done) => done(null, body));
  // `request.cookies` and `reply.setCookie`: the member pages' session and CSRF cookies, the readers' language.
  await app.register(cookie);
  // The member pages' file uploads (a spreadsheet): not read before the route's handler has checked who sends it (`readUploadForm`).
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 10, fieldSize: 16 * 1024 } });
  // Those large bodies only where a spreadsheet is expected: anywhere else they are refused before being read.
  // (a callback, not an async hook: a GET without a body, nearly every request, costs no promise)
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    const type = request.headers['content-type'];
    if (
      type !== undefined &&
      [...SPREADSHEET_TYPES, GEOJSON_TYPE, 'multipart/'].some((accepted) => type.startsWith(accepted)) &&
      !UPLOAD_ROUTES.has(request.routeOptions.url ?? '')
    ) {
      return done(Object.assign(new Error(`${type.split(';')[0]} is not accepted here`), { statusCode: 415 }));
    }
    done(null, payload);
  });

  const routes: RouteEntry[] = [];
  ROUTES.set(app, routes);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });

  // One JSON line per request, by route pattern: paths carry invitation tokens and pass codes, queries codes too; no address, no headers.
  fastify.addHook('onResponse', (request, reply, done) => {
    logRequest(logger, { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) });
    done();
  });

  servePagesFromMemory(fastify, app.get(AccommodationPages), app.get(PageDelivery));
  readYourWrites(fastify, app.get(DatabaseNotifications), app.get(ReadDatabase));
  privateByDefault(fastify);

  serveOpenApi(app);
  await app.init();
  await fastify.ready();
  return app;
}
