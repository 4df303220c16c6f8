import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, FieldConflict, type Language, type LatLng, type Page, pageOf, refusal, toFieldErrors, ValidationFailed, VALIDATOR_OPTIONS } from '#common';
import { AuditService } from '#audit';
import { Throttle, type Limit } from '#database';
import { AccommodationsService, ProducersService, readPlace, TerritoriesService, type Territory } from '#directory';
import { InvitationsService } from '../invitations/invitations.service.js';
import { MailOutbox } from '../mail/mail-outbox.js';
import { declineMail } from './decline-mail.js';
import { JoinRequestDto, type JoinRequestQueryDto } from './join-request.dto.js';
import { JOIN_REQUEST_REFUSALS } from './join-request-refusals.js';
import type { JoinRequestAcceptedView, JoinRequestDeclinedView, JoinRequestView } from './join-request.view.js';
import { JoinRequestsQueries, type JoinRequestRow } from './join-requests.queries.js';

/** A person asks now and then; a script asks all day. Counted on requests stored, not on forms typed wrong. */
export const JOIN_REQUESTS_PER_ADDRESS: Limit = { max: 5, windowSeconds: 3600, refusal: 'Too many join requests from this address' };
export const JOIN_REQUESTS_PER_EMAIL: Limit = { max: 5, windowSeconds: 3600, refusal: 'Too many join requests for this e-mail' };

/** Middle of metropolitan France: only for a territory with no place yet, until its people type their address. */
const FRANCE: LatLng = { latitude: 46.6, longitude: 2.4 };

/**
 * Producers and hosts ask to join on the public site; a coordinator accepts (the producer or
 * accommodation is made, hidden from tourists until its address is typed, and the person invited as
 * its member, all in one transaction) or declines with a reason mailed in the form's language.
 */
@Injectable()
export class JoinRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: JoinRequestsQueries,
    private readonly territories: TerritoriesService,
    private readonly producers: ProducersService,
    private readonly accommodations: AccommodationsService,
    private readonly invitations: InvitationsService,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditService,
    private readonly throttle: Throttle,
  ) {}

  /** A request typed on the site: 400 naming each wrong field, 429 past the limits, else stored. */
  async submit(territoryId: string, input: Record<string, unknown>, lang: Language, address: string | undefined): Promise<void> {
    const dto = plainToInstance(JoinRequestDto, input);
    const errors = toFieldErrors(await validate(dto, { ...VALIDATOR_OPTIONS, forbidNonWhitelisted: false }));
    const place = errors.some((error) => error.field === 'postcode' || error.field === 'commune') ? undefined : readPlace(dto.postcode, dto.commune.trim());
    if (place && 'problem' in place) errors.push({ field: place.field, ...place.problem });
    if (errors.length > 0 || !place || 'problem' in place) throw new ValidationFailed(errors);
    const email = dto.email.trim().toLowerCase();
    await this.throttle.hit([
      this.throttle.rule(JOIN_REQUESTS_PER_ADDRESS, 'join-address', address ?? 'unknown'),
      this.throttle.rule(JOIN_REQUESTS_PER_EMAIL, 'join-email', email),
    ]);
    await this.queries.insert({
      territoryId,
      kind: dto.kind,
      businessName: dto.businessName.trim(),
      ...place.place,
      contactName: dto.contactName.trim(),
      email,
      phone: dto.phone ?? null,
      website: dto.website ?? null,
      offer: dto.offer.trim(),
      lang,
    });
  }

  async list(territoryId: string, query: JoinRequestQueryDto, actor: Actor): Promise<Page<JoinRequestView>> {
    await this.territories.assertCoordinates(territoryId, actor);
    const { items, total } = await this.queries.list(territoryId, query.status, query.limit, query.offset);
    return pageOf(items, total, query);
  }

  /** A request of this territory; one of another does not exist here. */
  async get(territoryId: string, id: string, actor: Actor): Promise<JoinRequestView> {
    await this.territories.assertCoordinates(territoryId, actor);
    const request = await this.queries.one(territoryId, id);
    if (!request) throw new NotFoundException(`No join request with id ${id}`);
    return request;
  }

  async accept(territoryId: string, id: string, actor: Actor): Promise<JoinRequestAcceptedView> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    return this.dataSource.transaction(async (tx) => {
      const request = await this.pending(tx, territoryId, id);
      const at = (await this.queries.startingPoint(tx, territoryId, request.inseeCode)) ?? FRANCE;
      const place = {
        territoryId,
        name: request.businessName,
        address: request.commune,
        postcode: request.postcode,
        commune: request.commune,
        ...at,
        email: request.email,
        ...(request.phone ? { phone: request.phone } : {}),
        ...(request.website ? { website: request.website } : {}),
      };
      // hidden from tourists until its people type the address and a coordinator shows it
      const made =
        request.kind === 'producer'
          ? { producerId: (await this.producers.create({ ...place, categories: [], status: 'suspended' }, actor, tx)).id }
          : { accommodationId: (await this.accommodations.create({ ...place, kind: 'other', status: 'disabled' }, actor, tx)).id };
      const { invitation } = await this.invitations.inviteWithin(
        tx,
        territory,
        {
          email: request.email,
          name: request.contactName,
          role: request.kind,
          producerId: made.producerId,
          accommodationIds: made.accommodationId ? [made.accommodationId] : undefined,
        },
        actor,
      );
      const decided = await this.queries.decide(tx, id, { status: 'accepted', decidedBy: actor.userId, ...made });
      await this.record(tx, actor, decided, made);
      return { request: decided, invitation };
    });
  }

  async decline(territoryId: string, id: string, reason: string, actor: Actor): Promise<JoinRequestDeclinedView> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    return this.dataSource.transaction(async (tx) => {
      const request = await this.pending(tx, territoryId, id);
      const declineReason = reason.trim();
      const decided = await this.queries.decide(tx, id, { status: 'declined', decidedBy: actor.userId, declineReason });
      await this.record(tx, actor, decided, { declineReason });
      const mailed = this.outbox.delivers;
      if (mailed) await this.outbox.enqueueTo(tx, [request.email], this.declined(territory, request, declineReason));
      return { request: decided, mailed };
    });
  }

  private declined(territory: Territory, request: JoinRequestRow, reason: string) {
    return declineMail(request.lang, {
      territory: territory.name,
      contactName: request.contactName,
      businessName: request.businessName,
      reason,
      contactEmail: territory.contactEmail,
    });
  }

  /** Locked, and still waiting: a request is decided once (409 the second time, whoever decided first). */
  private async pending(tx: EntityManager, territoryId: string, id: string): Promise<JoinRequestRow> {
    const request = await this.queries.locked(tx, territoryId, id);
    if (!request) throw new NotFoundException(`No join request with id ${id}`);
    if (request.status !== 'pending') throw new FieldConflict('status', refusal(JOIN_REQUEST_REFUSALS, 'join_request_decided', { status: request.status }));
    return request;
  }

  private record(tx: EntityManager, actor: Actor, decided: JoinRequestView, after: object) {
    return this.audit.record(tx, actor, {
      territoryId: decided.territoryId,
      action: decided.status === 'accepted' ? 'accept' : 'decline',
      entityType: 'join_request',
      entityId: decided.id,
      before: { status: 'pending' },
      after: { status: decided.status, ...after },
    });
  }
}
