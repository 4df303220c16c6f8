import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { TerritoriesService, UpdateTerritoryDto, type Territory } from '#directory';
import { PRINTED_TEXTS } from '#printing';
import { validateForm, type FieldErrors } from '../forms/form-errors.js';
import { refusalOf } from '../forms/submit-form.js';
import { unprintableParameter, withUnprintableNotice } from '../forms/unprintable-notice.js';
import { PORTAL_MESSAGES } from '../portal-messages.js';
import { CurrentVisit, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { coordinatorPath } from './coordinator-section.js';
import { settingsErrors, settingsInput, settingsValues } from './settings-form.js';
import { settingsPage } from './settings.page.js';
import { ImageSections } from '../images/image-sections.js';

/** The territory's settings, saved through the TerritoriesService (which checks who may). */
@Portal()
@Controller('app/coordinator/:territoryId/settings')
export class CoordinatorSettingsController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly images: ImageSections,
  ) {}

  @Get()
  async show(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const notice = withUnprintableNotice(query.done === 'saved' ? PORTAL_MESSAGES[visit.lang].saved : undefined, visit.lang, query.unprintable);
    const images = await this.images.settings(visit, territoryId, query);
    return sendPage(reply, settingsPage(visit, territory, { values: settingsValues(territory), errors: {} }, notice, images));
  }

  @Post()
  async save(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const again = (errors: FieldErrors) => sendPage(reply, settingsPage(visit, territory, { values: body, errors }), 400);
    const { input, errors } = settingsInput(body, visit);
    const checked = await validateForm(UpdateTerritoryDto, input, visit.lang);
    if (checked.errors || Object.keys(errors).length > 0) return again({ ...settingsErrors(checked.errors ?? {}, visit), ...errors });
    let saved: Territory | undefined;
    const refused = await refusalOf(async () => (saved = await this.territories.update(territoryId, checked.value, visit.actor)), visit.lang, 'name');
    if (refused || !saved) return again(refused ?? {});
    return redirect(reply, `${coordinatorPath(territoryId, 'settings')}?done=saved${unprintableParameter(PRINTED_TEXTS.territory(saved))}`);
  }
}
