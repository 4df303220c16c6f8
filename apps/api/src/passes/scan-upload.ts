import type { FastifyRequest } from 'fastify';
import { refusal, ValidationFailed } from '#common';
import { COUPON_SCAN_REFUSALS, MAX_SCAN_FILE_BYTES, MAX_SCAN_FILES, type ScannedFile } from '#printing';
import { readMultipartFiles } from '#web';

/** The scans of a multipart upload (the fields `files`, and `record`), read once the route has checked who sends them. */
export async function readScanUpload(request: FastifyRequest): Promise<{ files: ScannedFile[]; record: boolean }> {
  const { files, fields } = await readMultipartFiles(request, 'files', { maxBytes: MAX_SCAN_FILE_BYTES, maxFiles: MAX_SCAN_FILES });
  const cut = files.findIndex((file) => file.truncated);
  if (cut >= 0) {
    const said = refusal(COUPON_SCAN_REFUSALS, 'scan_too_large', { file: files[cut].name, maxMb: MAX_SCAN_FILE_BYTES / 1024 / 1024 });
    throw new ValidationFailed([{ field: `files[${cut}]`, ...said }]);
  }
  return { files, record: fields.record === 'true' };
}
