import { Controller, Get, Headers, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ImagesService } from '#directory';
import { clientHolds, Public } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';

/** `{hash}.png` or `{hash}.jpg`: the hash of the stored bytes. */
const FILE = /^([0-9a-f]{32})\.(png|jpg)$/;
const MIME_OF = { png: 'image/png', jpg: 'image/jpeg' } as const;

/**
 * Uploaded images, to anyone: the public site, the tourist pages and the member pages point here.
 * An address names its content, so it is cached for ever; it is served to pages of this server only.
 */
@ApiTags('images')
@Controller('images')
export class PublicImagesController {
  constructor(private readonly images: ImagesService) {}

  @Get(':file')
  @Public()
  @ApiParam({ name: 'file', description: 'The image’s address as its `url` gives it: its hash and extension', example: '3f2a9c0d5e7b41a8b6c2d9e0f1a2b3c4.jpg' })
  @ApiOperation({ summary: 'An uploaded image (a logo or a photo), by the address its upload answered' })
  @ApiFileResponse(['image/png', 'image/jpeg'], 'The stored image (immutable: its address changes with its content)', { notModified: true })
  @ApiErrors(404, 503)
  async serve(@Param('file') file: string, @Headers('if-none-match') known: string | undefined, @Res() reply: FastifyReply) {
    const [, hash, extension] = FILE.exec(file) ?? [];
    const image = hash ? await this.images.served(hash) : null;
    if (!image || image.mime !== MIME_OF[extension as keyof typeof MIME_OF]) throw new NotFoundException('No such image');
    const etag = `"${hash}"`;
    reply
      .header('etag', etag)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      // read by this server's pages, not embedded by other sites
      .header('cross-origin-resource-policy', 'same-origin');
    if (clientHolds(known, etag)) return reply.status(304).send();
    return reply.type(image.mime).send(image.bytes);
  }
}
