import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { refusal } from '#common';
import { IMAGE_REFUSALS, ImageRefused, ImagesService, MAX_IMAGE_BYTES, type ImageTarget } from '#directory';
import { uploadName } from '#web';
import { readUploadForm } from '../forms/upload-form.js';
import { CurrentVisit, PageId, Portal, UploadForm } from '../portal.decorator.js';
import type { PortalRequest } from '../portal.guard.js';
import { redirect, safeReturnPath } from '../respond.js';
import type { Visit } from '../visit.js';

/** A file past the limit is cut just beyond it (the rest read and dropped), so that it is refused beside its field. */
const UPLOAD_LIMITS = { multipartOptions: { limits: { fileSize: MAX_IMAGE_BYTES + 1 }, throwFileSizeLimit: false } };

/** Back to the page the form was on, at its section, saying what happened there. */
function backTo(back: unknown, section: string, said: Record<string, string | number>): string {
  const path = safeReturnPath(back).split('?')[0];
  return `${path}?${new URLSearchParams({ image: section, ...Object.fromEntries(Object.entries(said).map(([key, value]) => [key, String(value)])) })}#${section}`;
}

/**
 * The member pages' image forms: the coordinator's logo and funders' logos, a producer's photo (its
 * people, coordinators), an accommodation's photo (its hosts, coordinators). Each comes back to the
 * page it was sent from, with what happened said beside the image.
 */
@Portal()
@Controller('app/images')
export class ImagePagesController {
  constructor(private readonly images: ImagesService) {}

  @RouteConfig(UPLOAD_LIMITS)
  @Post('territories/:territoryId/logo')
  @UploadForm()
  uploadLogo(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Req() request: PortalRequest, @Res() reply: FastifyReply) {
    return this.upload(visit, { purpose: 'territory_logo', territoryId }, 'image-logo', request, reply);
  }

  @Post('territories/:territoryId/logo/remove')
  removeLogo(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    return this.remove(visit, { purpose: 'territory_logo', territoryId }, 'image-logo', body, reply);
  }

  @RouteConfig(UPLOAD_LIMITS)
  @Post('territories/:territoryId/funders/:index/logo')
  @UploadForm()
  uploadFunderLogo(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @Param('index') index: string,
    @Req() request: PortalRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.upload(visit, { purpose: 'funder_logo', territoryId, funder: index }, `image-funder-${Number(index)}`, request, reply);
  }

  @Post('territories/:territoryId/funders/:index/logo/remove')
  removeFunderLogo(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @Param('index') index: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    return this.remove(visit, { purpose: 'funder_logo', territoryId, funder: index }, `image-funder-${Number(index)}`, body, reply);
  }

  @RouteConfig(UPLOAD_LIMITS)
  @Post('producers/:producerId/photo')
  @UploadForm()
  uploadProducerPhoto(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Req() request: PortalRequest, @Res() reply: FastifyReply) {
    return this.upload(visit, { purpose: 'producer_photo', producerId }, 'image-photo', request, reply);
  }

  @Post('producers/:producerId/photo/remove')
  removeProducerPhoto(
    @CurrentVisit() visit: Visit,
    @PageId('producerId') producerId: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    return this.remove(visit, { purpose: 'producer_photo', producerId }, 'image-photo', body, reply);
  }

  @RouteConfig(UPLOAD_LIMITS)
  @Post('accommodations/:accommodationId/photo')
  @UploadForm()
  uploadAccommodationPhoto(
    @CurrentVisit() visit: Visit,
    @PageId('accommodationId') accommodationId: string,
    @Req() request: PortalRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.upload(visit, { purpose: 'accommodation_photo', accommodationId }, 'image-photo', request, reply);
  }

  @Post('accommodations/:accommodationId/photo/remove')
  removeAccommodationPhoto(
    @CurrentVisit() visit: Visit,
    @PageId('accommodationId') accommodationId: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    return this.remove(visit, { purpose: 'accommodation_photo', accommodationId }, 'image-photo', body, reply);
  }

  private async upload(visit: Visit, target: ImageTarget, section: string, request: PortalRequest, reply: FastifyReply) {
    // who may is said before the file is read
    const subject = await this.images.subjectFor(target, visit.actor, 'change');
    const form = await readUploadForm(request, visit);
    // a browser sends "no file chosen" as an empty file without a name
    const file = Buffer.isBuffer(form.image) && uploadName(request, 'image') !== undefined ? form.image : undefined;
    try {
      if (!file) throw new ImageRefused(refusal(IMAGE_REFUSALS, 'image_missing'));
      await this.images.upload(subject, file, visit.actor);
      return redirect(reply, backTo(form.back, section, { imageDone: 'uploaded' }));
    } catch (error) {
      if (!(error instanceof ImageRefused)) throw error;
      return redirect(reply, backTo(form.back, section, { imageCode: error.said.code, ...(error.said.params ?? {}) }));
    }
  }

  private async remove(visit: Visit, target: ImageTarget, section: string, body: Record<string, unknown>, reply: FastifyReply) {
    await this.images.remove(await this.images.subjectFor(target, visit.actor, 'change'), visit.actor);
    return redirect(reply, backTo(body.back, section, { imageDone: 'removed' }));
  }
}
