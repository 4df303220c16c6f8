import { Body, Get, Inject, NotFoundException, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#common';
import type { TerritoriesService, Territory } from '#directory';
import type { PrintedText } from '#printing';
import type { FieldErrors } from '../forms/form-errors.js';
import { defined, text } from '../forms/form-values.js';
import { unprintableParameter, withUnprintableNotice } from '../forms/unprintable-notice.js';
import { submitForm } from '../forms/submit-form.js';
import { PORTAL_MESSAGES } from '../portal-messages.js';
import { CurrentVisit, PageId } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import type { SafeHtml } from '#web';
import { ImageSections } from '../images/image-sections.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { coordinatorPath } from './coordinator-section.js';
import { placeErrors, type PlaceForm } from './place-form.js';
import { placeFormPage, placesPage, type PlaceKind, type PlaceRow } from './places.pages.js';

type Place = PlaceRow & { territoryId: string };

/** The service of one kind of place, as the coordinator's pages use it (its access rules hold). */
export interface PlaceService<T extends Place, Q, C, U> {
  list(query: Q, actor: Actor): Promise<{ items: T[]; total: number }>;
  get(id: string, actor: Actor): Promise<T>;
  create(dto: C, actor: Actor): Promise<T>;
  update(id: string, dto: U, actor: Actor): Promise<T>;
}

/** What sets one kind of place apart: its list query, its create and update DTOs (the API's own), its form. */
export interface PlaceParts<T, Q, C, U> {
  query: new () => Q;
  create: new () => C;
  update: new () => U;
  form: PlaceForm<T>;
  /** Its texts the brochure prints: a save says which characters of them will not print. */
  printed: (place: T) => PrintedText[];
}

/**
 * The coordinator's pages of one kind of place (`/app/coordinator/{territoryId}/{kind}`): the list
 * with its search, a new one, and each one of the territory, status included. `idParam` keeps each
 * kind's address pattern (`:producerId`, `:accommodationId`).
 */
export function CoordinatorPlacesController<T extends Place, Q extends object, C extends object, U extends object>(kind: PlaceKind, idParam: string) {
  abstract class PlacesController {
    // by property, so that the subclasses' constructors stay as they are
    @Inject(ImageSections) private readonly images!: ImageSections;

    constructor(
      private readonly territories: TerritoriesService,
      private readonly places: PlaceService<T, Q, C, U>,
      private readonly parts: PlaceParts<T, Q, C, U>,
    ) {}

    @Get()
    async list(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
      const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
      const q = text(query.q).slice(0, 100);
      const page = await this.places.list(Object.assign(new this.parts.query(), { territoryId, q: q || undefined, limit: 100 }), visit.actor);
      const done = query.done === 'saved' ? PORTAL_MESSAGES[visit.lang].saved : query.done === 'created' ? COORDINATOR_MESSAGES[visit.lang].created : undefined;
      const notice = withUnprintableNotice(done, visit.lang, query.unprintable);
      return sendPage(reply, placesPage(visit, territory, kind, page.items, page.total, q, notice));
    }

    @Get('new')
    async newForm(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Res() reply: FastifyReply) {
      const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
      return this.show(reply, visit, territory, { values: this.parts.form.values(), errors: {} });
    }

    @Post('new')
    async create(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
      const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
      const input = { ...defined(this.parts.form.input(body)), territoryId };
      let saved: T | undefined;
      const errors = await submitForm(this.parts.create, input, visit.lang, async (value) => (saved = await this.places.create(value, visit.actor)), 'name');
      if (errors) return this.show(reply, visit, territory, { values: body, errors: placeErrors(errors, visit) }, undefined, 400);
      return redirect(reply, `${coordinatorPath(territoryId, kind)}?done=created${saved ? unprintableParameter(this.parts.printed(saved)) : ''}`);
    }

    @Get(`:${idParam}`)
    async edit(
      @CurrentVisit() visit: Visit,
      @PageId('territoryId') territoryId: string,
      @PageId(idParam) id: string,
      @Query() query: Record<string, unknown>,
      @Res() reply: FastifyReply,
    ) {
      const { territory, place } = await this.placeOf(territoryId, id, visit);
      const images = kind === 'producers' ? await this.images.producer(visit, place, query) : await this.images.accommodation(visit, place, query);
      return this.show(reply, visit, territory, { values: this.parts.form.values(place), errors: {} }, place, 200, images);
    }

    @Post(`:${idParam}`)
    async save(
      @CurrentVisit() visit: Visit,
      @PageId('territoryId') territoryId: string,
      @PageId(idParam) id: string,
      @Body() body: Record<string, unknown>,
      @Res() reply: FastifyReply,
    ) {
      const { territory, place } = await this.placeOf(territoryId, id, visit);
      const input = defined(this.parts.form.input(body, place));
      let saved: T | undefined;
      const errors = await submitForm(
        this.parts.update,
        input,
        visit.lang,
        async (value) => (saved = await this.places.update(id, value, visit.actor)),
        'name',
      );
      if (errors) return this.show(reply, visit, territory, { values: body, errors: placeErrors(errors, visit) }, place, 400);
      return redirect(reply, `${coordinatorPath(territoryId, kind)}?done=saved${saved ? unprintableParameter(this.parts.printed(saved)) : ''}`);
    }

    /** A place of this territory: one of another territory is no page of this one. */
    private async placeOf(territoryId: string, id: string, visit: Visit): Promise<{ territory: Territory; place: T }> {
      const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
      const place = await this.places.get(id, visit.actor);
      if (place.territoryId !== territoryId) throw new NotFoundException();
      return { territory, place };
    }

    private show(
      reply: FastifyReply,
      visit: Visit,
      territory: Territory,
      form: { values: Record<string, unknown>; errors: FieldErrors },
      place?: T,
      status = 200,
      images?: SafeHtml,
    ) {
      const { fields, labels } = this.parts.form;
      const page = placeFormPage(visit, territory, kind, {
        name: place?.name,
        id: place?.id,
        form,
        fields: fields(visit, form),
        labels: labels(visit),
        images,
      });
      return sendPage(reply, page, status);
    }
  }
  return PlacesController;
}
