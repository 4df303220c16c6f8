import { Controller, Get, NotFoundException, Post, Query, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { BaseLayersService, MAX_BASE_LAYER_BYTES, TerritoriesService, type BaseLayersView, type Territory } from '#directory';
import { uploadName } from '#web';
import { emptyForm, type FieldErrors } from '../forms/form-errors.js';
import { refusalOf } from '../forms/submit-form.js';
import { readUploadForm } from '../forms/upload-form.js';
import { CurrentVisit, PageId, Portal, UploadForm } from '../portal.decorator.js';
import type { PortalRequest } from '../portal.guard.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { BASE_LAYER_MESSAGES } from './base-layers.messages.js';
import { baseLayersPage } from './base-layers.page.js';
import { coordinatorPath } from './coordinator-section.js';

/** The territory's base layers from a browser: upload (the API's own reading and refusals), see what was kept, remove. */
@Portal()
@Controller('app/coordinator/:territoryId/base-layers')
export class CoordinatorBaseLayersController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly baseLayers: BaseLayersService,
  ) {}

  @Get()
  async show(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const m = BASE_LAYER_MESSAGES[visit.lang];
    const notice = query.done === 'saved' ? m.saved : query.done === 'removed' ? m.removed : undefined;
    return sendPage(reply, baseLayersPage(visit, territory, await this.current(territory, visit), emptyForm({}), notice));
  }

  // a file past the limit is cut just beyond it, so that it is told beside its field rather than refused as a request
  @RouteConfig({ multipartOptions: { limits: { fileSize: MAX_BASE_LAYER_BYTES + 1 }, throwFileSizeLimit: false } })
  @Post()
  @UploadForm()
  async upload(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Req() request: PortalRequest, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const body = await readUploadForm(request, visit);
    const m = BASE_LAYER_MESSAGES[visit.lang];
    const file = Buffer.isBuffer(body.file) && uploadName(request, 'file') !== undefined ? body.file : undefined;
    const again = async (errors: FieldErrors) =>
      sendPage(reply, baseLayersPage(visit, territory, await this.current(territory, visit), { values: {}, errors }), 400);
    if (!file) return again({ file: m.missingFile });
    if (file.length > MAX_BASE_LAYER_BYTES) return again({ file: m.tooLarge });
    const refused = await refusalOf(() => this.baseLayers.put(territoryId, file, visit.actor), visit.lang, 'file');
    return refused ? again(refused) : redirect(reply, `${coordinatorPath(territoryId, 'base-layers')}?done=saved`);
  }

  @Post('delete')
  async remove(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Res() reply: FastifyReply) {
    await this.baseLayers.remove(territoryId, visit.actor);
    return redirect(reply, `${coordinatorPath(territoryId, 'base-layers')}?done=removed`);
  }

  private async current(territory: Territory, visit: Visit): Promise<BaseLayersView | undefined> {
    try {
      return await this.baseLayers.get(territory.id, visit.actor);
    } catch (error) {
      if (error instanceof NotFoundException) return undefined;
      throw error;
    }
  }
}
