import { Controller, Delete, Get, HttpCode, Param, Put, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '#common';
import { ImagesService, type ImageTarget } from '#directory';
import { CurrentActor, Public } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { readImageUpload } from './image-upload.js';
import { imageView, ImageView } from './image.view.js';

const UPLOAD_BODY = {
  description:
    'multipart/form-data with the image in the field `file`: PNG, JPEG or WebP, told by its content (never by its name or declared type), at most 10 MB and 25 megapixels. It is turned upright by its EXIF orientation, shrunk (logos to 1200 px, photos to 1600 px on their longest side), stripped of its metadata and stored as PNG (logos, transparency kept) or JPEG (photos); it replaces the last one. Anything else (a GIF, an SVG, a damaged or truncated file) is a 400 naming `file`.',
  schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
} as const;

const FUNDER_PARAM = {
  name: 'funder',
  description: "The funder's name as the territory's `funders` list writes it, or its position in that list (0 first)",
  example: 'LEADER Gâtine',
} as const;

/**
 * The images of the directory: the territory's logo and its funders' logos (coordinators), a photo
 * per producer (its people, coordinators) and per accommodation (its hosts, coordinators).
 */
@ApiErrors(401, 503)
@ApiTags('images')
@Controller('api/v1')
export class ImagesController {
  constructor(private readonly images: ImagesService) {}

  @Get('territories/:id/logo')
  @Public()
  @ApiOperation({ summary: "The territory's logo, if one was uploaded (its public address and size)" })
  @ApiOkResponse({ type: ImageView })
  @ApiErrors(400, 404)
  showLogo(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.show({ purpose: 'territory_logo', territoryId: id }, actor);
  }

  @Put('territories/:id/logo')
  @ApiOperation({ summary: "Uploads the territory's logo in place of the last one (coordinators)" })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOkResponse({ type: ImageView })
  @ApiErrors(400, 403, 404, 413, 415)
  uploadLogo(@IdParam() id: string, @CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    return this.upload({ purpose: 'territory_logo', territoryId: id }, actor, request);
  }

  @Delete('territories/:id/logo')
  @HttpCode(204)
  @ApiOperation({ summary: "Removes the territory's logo (coordinators)" })
  @ApiNoContentResponse({ description: 'Removed, or there was none' })
  @ApiErrors(400, 403, 404)
  removeLogo(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.remove({ purpose: 'territory_logo', territoryId: id }, actor);
  }

  @Get('territories/:id/funders/:funder/logo')
  @Public()
  @ApiParam(FUNDER_PARAM)
  @ApiOperation({ summary: "A funder's logo, if one was uploaded" })
  @ApiOkResponse({ type: ImageView })
  @ApiErrors(400, 404)
  showFunderLogo(@IdParam() id: string, @Param('funder') funder: string, @CurrentActor() actor: Actor) {
    return this.show({ purpose: 'funder_logo', territoryId: id, funder }, actor);
  }

  @Put('territories/:id/funders/:funder/logo')
  @ApiParam(FUNDER_PARAM)
  @ApiOperation({ summary: "Uploads a funder's logo in place of the last one (coordinators); the funder is one of the territory's `funders`" })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOkResponse({ type: ImageView })
  @ApiErrors(400, 403, 404, 413, 415)
  uploadFunderLogo(@IdParam() id: string, @Param('funder') funder: string, @CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    return this.upload({ purpose: 'funder_logo', territoryId: id, funder }, actor, request);
  }

  @Delete('territories/:id/funders/:funder/logo')
  @HttpCode(204)
  @ApiParam(FUNDER_PARAM)
  @ApiOperation({ summary: "Removes a funder's logo (coordinators)" })
  @ApiNoContentResponse({ description: 'Removed, or there was none' })
  @ApiErrors(400, 403, 404)
  removeFunderLogo(@IdParam() id: string, @Param('funder') funder: string, @CurrentActor() actor: Actor) {
    return this.remove({ purpose: 'funder_logo', territoryId: id, funder }, actor);
  }

  @Get('producers/:id/photo')
  @Public()
  @ApiOperation({ summary: "A producer's photo, if one was uploaded (inactive producers' only to their people and coordinators)" })
  @ApiOkResponse({ type: ImageView })
  @ApiErrors(400, 404)
  showProducerPhoto(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.show({ purpose: 'producer_photo', producerId: id }, actor);
  }

  @Put('producers/:id/photo')
  @ApiOperation({ summary: "Uploads a producer's photo in place of the last one (the producer's people, coordinators)" })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOkResponse({ type: ImageView })
  @ApiErrors(400, 403, 404, 413, 415)
  uploadProducerPhoto(@IdParam() id: string, @CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    return this.upload({ purpose: 'producer_photo', producerId: id }, actor, request);
  }

  @Delete('producers/:id/photo')
  @HttpCode(204)
  @ApiOperation({ summary: "Removes a producer's photo (the producer's people, coordinators)" })
  @ApiNoContentResponse({ description: 'Removed, or there was none' })
  @ApiErrors(400, 403, 404)
  removeProducerPhoto(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.remove({ purpose: 'producer_photo', producerId: id }, actor);
  }

  @Get('accommodations/:id/photo')
  @ApiOperation({ summary: "An accommodation's photo, if one was uploaded (its hosts, coordinators)" })
  @ApiOkResponse({ type: ImageView })
  @ApiErrors(400, 403, 404)
  showAccommodationPhoto(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.show({ purpose: 'accommodation_photo', accommodationId: id }, actor);
  }

  @Put('accommodations/:id/photo')
  @ApiOperation({ summary: "Uploads an accommodation's photo in place of the last one (its hosts, coordinators)" })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOkResponse({ type: ImageView })
  @ApiErrors(400, 403, 404, 413, 415)
  uploadAccommodationPhoto(@IdParam() id: string, @CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    return this.upload({ purpose: 'accommodation_photo', accommodationId: id }, actor, request);
  }

  @Delete('accommodations/:id/photo')
  @HttpCode(204)
  @ApiOperation({ summary: "Removes an accommodation's photo (its hosts, coordinators)" })
  @ApiNoContentResponse({ description: 'Removed, or there was none' })
  @ApiErrors(400, 403, 404)
  removeAccommodationPhoto(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.remove({ purpose: 'accommodation_photo', accommodationId: id }, actor);
  }

  private async show(target: ImageTarget, actor: Actor): Promise<ImageView> {
    return imageView(await this.images.get(await this.images.subjectFor(target, actor, 'see')));
  }

  private async upload(target: ImageTarget, actor: Actor, request: FastifyRequest): Promise<ImageView> {
    // who may upload is said before what was sent is read
    const subject = await this.images.subjectFor(target, actor, 'change');
    return imageView(await this.images.upload(subject, await readImageUpload(request), actor));
  }

  private async remove(target: ImageTarget, actor: Actor): Promise<void> {
    await this.images.remove(await this.images.subjectFor(target, actor, 'change'), actor);
  }
}
