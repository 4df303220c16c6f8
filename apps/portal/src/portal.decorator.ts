import {
  applyDecorators,
  createParamDecorator,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  SetMetadata,
  UseFilters,
  UseGuards,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { PortalExceptionFilter } from './portal-exception.filter.js';
import { FILE_DOWNLOAD, PortalGuard, UPLOAD_FORM, type PortalRequest } from './portal.guard.js';
import type { Visit } from './visit.js';

/** A controller of member pages: HTML, CSRF-checked, errors shown as pages, not in the API docs. */
export const Portal = () => applyDecorators(ApiExcludeController(), UseGuards(PortalGuard), UseFilters(PortalExceptionFilter));

/** A route that answers a file (PDF, CSV): its `?lang=` is the file's language, not the pages'. */
export const FileDownload = () => SetMetadata(FILE_DOWNLOAD, true);

/**
 * A route whose form carries a file (multipart): its body is not read before the handler has checked
 * who may send it; the handler reads it with `readUploadForm`, which checks the form's token then.
 */
export const UploadForm = () => SetMetadata(UPLOAD_FORM, true);

/** The visit the PortalGuard set up: who, which language, the forms' token. */
export const CurrentVisit = createParamDecorator((_data: unknown, context: ExecutionContext): Visit => {
  const visit = context.switchToHttp().getRequest<PortalRequest>().visit;
  if (!visit) throw new Error('@CurrentVisit() outside a @Portal() controller');
  return visit;
});

/** An id in a page's address: anything but a UUID is simply a page that does not exist (404). */
export const PageId = (name: string) => Param(name, new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() }));
