import { BadRequestException } from '@nestjs/common';
import { CsrfRejected, type PortalRequest } from '../portal.guard.js';
import { CSRF_FIELD, isExpectedCsrfToken, readMultipartFiles, rememberUploadName, type UploadedFile } from '#web';
import type { Visit } from '../visit.js';

/** Fields as text, the file as its bytes. */
export type UploadedForm = Record<string, string | Buffer | undefined>;

/**
 * The form of an `@UploadForm()` route, read only now that the handler has checked who may send
 * it: a broken multipart body is the sender's 400 (limits keep their 413), and a form without the
 * page's token is refused as the PortalGuard refuses any other.
 */
export async function readUploadForm(request: PortalRequest, visit: Visit): Promise<UploadedForm> {
  const form = request.isMultipart() ? await readParts(request) : ((request.body ?? {}) as UploadedForm);
  if (!isExpectedCsrfToken(form[CSRF_FIELD], visit.csrf)) throw new CsrfRejected();
  return form;
}

async function readParts(request: PortalRequest): Promise<UploadedForm> {
  const form: UploadedForm = {};
  try {
    // a route's own limits (`@RouteConfig({ multipartOptions })`), as the plugin would apply them
    for await (const part of request.parts(request.routeOptions.config.multipartOptions)) {
      if (part.type === 'file') {
        form[part.fieldname] = await part.toBuffer();
        rememberUploadName(request, part.fieldname, part.filename);
      } else form[part.fieldname] = typeof part.value === 'string' ? part.value : undefined;
    }
  } catch (error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) throw error;
    throw new BadRequestException('The form is not valid multipart/form-data');
  }
  return form;
}

/** The files of a form's `field` (several may be chosen) and its text fields, once its token is checked as `readUploadForm` does. */
export async function readUploadFiles(
  request: PortalRequest,
  visit: Visit,
  field: string,
  limits: { maxBytes: number; maxFiles: number },
): Promise<{ files: UploadedFile[]; fields: Record<string, string> }> {
  // a form sent without its file (a browser without JavaScript never does, a script may) still says which field is missing
  const form = request.isMultipart() ? await readMultipartFiles(request, field, limits) : { files: [], fields: textFields(request.body) };
  if (!isExpectedCsrfToken(form.fields[CSRF_FIELD], visit.csrf)) throw new CsrfRejected();
  return form;
}

function textFields(body: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) if (typeof value === 'string') fields[name] = value;
  return fields;
}
