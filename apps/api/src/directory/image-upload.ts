import { UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { refusal } from '#common';
import { IMAGE_REFUSALS, ImageRefused, MAX_IMAGE_BYTES } from '#directory';

/**
 * The image of a multipart upload, from its field `file`. Read only after the route has checked who
 * sends it; a file past the limit is cut just beyond it (the rest read and dropped) so that it is
 * refused beside its field, as the member pages do.
 */
export async function readImageUpload(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw new UnsupportedMediaTypeException('Send the image as multipart/form-data, in the field file');
  let bytes: Buffer | undefined;
  let truncated = false;
  // read by the plugin though its types leave it out: the file is cut, not the request refused
  const options = { limits: { fileSize: MAX_IMAGE_BYTES + 1, files: 1 }, throwFileSizeLimit: false };
  for await (const part of request.parts(options)) {
    if (part.type !== 'file') continue;
    const read = await part.toBuffer();
    if (part.fieldname !== 'file') continue;
    bytes = read;
    truncated = part.file.truncated;
  }
  if (truncated) throw new ImageRefused(refusal(IMAGE_REFUSALS, 'image_too_large', { maxMb: MAX_IMAGE_BYTES / 1024 / 1024 }));
  if (!bytes) throw new ImageRefused(refusal(IMAGE_REFUSALS, 'image_missing'));
  return bytes;
}
