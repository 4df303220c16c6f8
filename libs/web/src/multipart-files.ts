import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** A file of a multipart form: its name as chosen, its bytes, and whether it was cut at the size limit. */
export interface UploadedFile {
  name: string;
  bytes: Buffer;
  truncated: boolean;
}

/**
 * Every file sent in `field` (an `<input type="file" multiple>`, or the field repeated) and the
 * text fields, read once the route has checked who sends them. A file past `maxBytes` is cut just
 * beyond it and marked, so that the route refuses it by its name; a broken body is the sender's 400.
 */
export async function readMultipartFiles(
  request: FastifyRequest,
  field: string,
  limits: { maxBytes: number; maxFiles: number },
): Promise<{ files: UploadedFile[]; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw new UnsupportedMediaTypeException(`Send the files as multipart/form-data, in the field ${field}`);
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  // read by the plugin though its types leave it out: the file is cut, not the request refused
  const options = { limits: { fileSize: limits.maxBytes + 1, files: limits.maxFiles + 1 }, throwFileSizeLimit: false };
  try {
    for await (const part of request.parts(options)) {
      if (part.type !== 'file') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      const bytes = await part.toBuffer();
      // a form's file field left empty still sends a part, without a name or a byte
      if (part.fieldname !== field || (bytes.length === 0 && !part.filename)) continue;
      files.push({ name: part.filename || `${field} ${files.length + 1}`, bytes, truncated: part.file.truncated });
    }
  } catch (error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) throw error;
    throw new BadRequestException('The body is not valid multipart/form-data');
  }
  return { files, fields };
}
