import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { refusal, ValidationFailed } from '#common';
import { COUPON_SCAN_REFUSALS, MAX_SCAN_FILE_BYTES, MAX_SCAN_FILES, type ScannedFile } from '#printing';

/**
 * The scans of a multipart upload (the fields `files`, and `record`). Read only after the route has
 * checked who sends them; a file past the limit is cut just beyond it and refused by its name.
 */
export async function readScanUpload(request: FastifyRequest): Promise<{ files: ScannedFile[]; record: boolean }> {
  if (!request.isMultipart()) throw new UnsupportedMediaTypeException('Send the scans as multipart/form-data, in the field files');
  const files: ScannedFile[] = [];
  let record = false;
  const options = { limits: { fileSize: MAX_SCAN_FILE_BYTES + 1, files: MAX_SCAN_FILES + 1 }, throwFileSizeLimit: false };
  try {
    for await (const part of request.parts(options)) {
      if (part.type !== 'file') {
        if (part.fieldname === 'record') record = part.value === 'true';
        continue;
      }
      const bytes = await part.toBuffer();
      if (part.fieldname !== 'files' || (bytes.length === 0 && !part.filename)) continue;
      const name = part.filename || `file ${files.length + 1}`;
      if (part.file.truncated)
        throw new ValidationFailed([
          { field: `files[${files.length}]`, ...refusal(COUPON_SCAN_REFUSALS, 'scan_too_large', { file: name, maxMb: MAX_SCAN_FILE_BYTES / 1024 / 1024 }) },
        ]);
      files.push({ name, bytes });
    }
  } catch (error) {
    if (error instanceof ValidationFailed) throw error;
    // a broken multipart body is the sender's 400 (the plugin's own limits keep their 4xx)
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) throw error;
    throw new BadRequestException('The body is not valid multipart/form-data');
  }
  return { files, record };
}
