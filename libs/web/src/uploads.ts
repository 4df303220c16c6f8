import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';

const NAMES = new WeakMap<object, Map<string, string>>();

/**
 * The multipart plugin's `onFile`: the file's bytes are read into the body as usual, and its name
 * kept beside them — with the bytes alone, an empty file a member chose cannot be told from no
 * file chosen (a browser sends that as an empty, nameless file).
 */
export async function keepUploadName(this: FastifyRequest, part: MultipartFile): Promise<void> {
  await part.toBuffer();
  const names = NAMES.get(this) ?? new Map<string, string>();
  names.set(part.fieldname, part.filename);
  NAMES.set(this, names);
}

/** The name of the file sent in `field`, or undefined when none was chosen. */
export function uploadName(request: FastifyRequest, field: string): string | undefined {
  return NAMES.get(request)?.get(field) || undefined;
}
