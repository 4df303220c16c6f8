import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, denied, FieldConflict, invalidField, pageOf, refusal, todayIn, type Actor, type AppConfig, type Page } from '#common';
import { Throttle, type Limit } from '#database';
import { AccommodationsService } from '#directory';
import type { IssuePassDto, PassView, SelfServicePassDto } from './pass.dto.js';
import type { Pass } from './pass.entity.js';
import { PassesRepository, type StoredIssuedPass } from './passes.repository.js';
import { PASS_REFUSALS } from './pass-messages.js';

export const passUrl = (base: string, code: string) => `${base}/p/${code}`;

export type PassValidity = PassView['validity'];

/** A pass covers a stay, not a season. */
const MAX_STAY_DAYS = 90;

export interface IssueResult {
  pass: PassView;
  /** False when the same Idempotency-Key was already used: the first pass is given again. */
  created: boolean;
}

/** A pass as its accommodation's list shows it: the stay, where it stands today, and its uses so far. */
export interface IssuedPass extends StoredIssuedPass {
  validity: PassValidity;
}

/** Where a pass stands on `today` (the territory's day). */
const validityOf = (pass: { status: string; arrival: string; departure: string }, today: string): PassValidity =>
  pass.status === 'cancelled' ? 'cancelled' : today < pass.arrival ? 'not_yet_valid' : today > pass.departure ? 'expired' : 'valid';

/** A household on one connection takes a pass or two; a script taking hundreds is told to wait. */
export const SELF_SERVICE_PER_ADDRESS: Limit = { max: 10, windowSeconds: 3600, refusal: 'Too many passes taken from this connection' };
/** More self-service passes for one accommodation in an hour than it has beds is not its guests. */
export const SELF_SERVICE_PER_ACCOMMODATION: Limit = { max: 30, windowSeconds: 3600, refusal: 'Too many passes taken for this accommodation' };

@Injectable()
export class PassesService {
  constructor(
    private readonly passes: PassesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accommodations: AccommodationsService,
    private readonly throttle: Throttle,
  ) {}

  /**
   * A host issues a pass for a stay at one of its accommodations (coordinators may too).
   * `idempotencyKey` (a form's, or the API's header): the same person sending it again gets the pass
   * issued the first time, even when both arrive at once; the same key for another stay is refused.
   */
  async issue(dto: IssuePassDto, actor: Actor, idempotencyKey?: string): Promise<IssueResult> {
    const accommodation = await this.accommodations.get(dto.accommodationId, actor).catch(() => {
      throw invalidField('accommodationId', refusal(PASS_REFUSALS, 'accommodation_not_yours'));
    });
    if (accommodation.status !== 'active') throw invalidField('accommodationId', refusal(PASS_REFUSALS, 'accommodation_not_active'));
    this.checkStay(dto);
    const issuedBefore = () => (idempotencyKey && actor.userId ? this.passes.issuedWithKey(actor.userId, idempotencyKey) : Promise.resolve(null));
    const replay = async (first: Pass): Promise<IssueResult> => {
      if (!isSameStay(first, dto)) throw new FieldConflict('Idempotency-Key', 'this Idempotency-Key was already used for another pass: send a new one');
      return { pass: await this.view(first.code), created: false };
    };
    const known = await issuedBefore();
    if (known) return replay(known);
    try {
      const pass = await this.passes.insert(
        {
          ...stay(dto),
          territoryId: accommodation.territoryId,
          accommodationId: accommodation.id,
          issuedBy: actor.userId,
          idempotencyKey: idempotencyKey ?? null,
          editionId: await this.passes.editionId(accommodation.territoryId, dto.edition),
        },
        actor,
      );
      return { pass: await this.view(pass.code), created: true };
    } catch (error) {
      // two taps at once: the second meets the first's key
      const first = (error as { driverError?: { constraint?: string } }).driverError?.constraint === 'passes_issue_key' ? await issuedBefore() : null;
      if (!first) throw error;
      return replay(first);
    }
  }

  /** A tourist takes a pass from the accommodation's page, where the territory allows it. */
  async selfService(dto: SelfServicePassDto, address: string | undefined): Promise<PassView> {
    await this.throttle.hit([
      this.throttle.rule(SELF_SERVICE_PER_ADDRESS, 'self-service-address', address ?? 'unknown'),
      this.throttle.rule(SELF_SERVICE_PER_ACCOMMODATION, 'self-service-accommodation', dto.accommodationCode),
    ]);
    const row = await this.passes.selfServiceAccommodation(dto.accommodationCode);
    if (!row) throw invalidField('accommodationCode', 'no active accommodation has this code');
    if (!row.allowed) throw new ForbiddenException('This territory’s passes are issued by the hosts');
    this.checkStay(dto);
    const editionId = await this.passes.editionId(row.territoryId, dto.edition);
    const pass = await this.passes.insert({
      ...stay(dto),
      territoryId: row.territoryId,
      accommodationId: row.id,
      issuedBy: null,
      idempotencyKey: null,
      editionId,
    });
    return this.view(pass.code);
  }

  /** The pass as its holder sees it: anyone with the code may read it (the code is the pass). */
  async view(code: string): Promise<PassView> {
    const pass = await this.passes.holderView(code);
    if (!pass) throw new NotFoundException(`No pass with code ${code}`);
    const today = todayIn(pass.timeZone);
    const offers = await this.passes.offersOf(pass, today);
    return { ...pass, url: passUrl(this.config.publicBaseUrl, pass.code), validity: validityOf(pass, today), offers };
  }

  /** The passes issued for an accommodation, latest stay first, with their uses: for its host and its territory's coordinators. */
  async listForAccommodation(accommodationId: string, query: { page: number; limit: number }, actor: Actor): Promise<Page<IssuedPass>> {
    const accommodation = await this.accommodations.get(accommodationId, actor);
    const { passes, total, timeZone } = await this.passes.issuedFor(accommodation, { offset: (query.page - 1) * query.limit, limit: query.limit });
    const today = todayIn(timeZone);
    return pageOf(
      passes.map((pass) => ({ ...pass, validity: validityOf(pass, today) })),
      total,
      query,
    );
  }

  /** The host of its accommodation (or a coordinator) cancels a pass; its uses stay recorded. */
  async cancel(code: string, actor: Actor): Promise<PassView> {
    const pass = await this.passes.byCode(code);
    if (!pass || !actor.isMemberOf(pass.territoryId)) throw new NotFoundException(`No pass with code ${code}`);
    if (!actor.coordinates(pass.territoryId) && !actor.hostsAccommodation(pass.accommodationId)) throw denied(actor, true, 'pass', 'cancel');
    if (pass.status === 'cancelled') throw new FieldConflict('status', refusal(PASS_REFUSALS, 'pass_already_cancelled'));
    await this.passes.cancel(pass, actor);
    return this.view(code);
  }

  private checkStay(dto: { arrival: string; departure: string }): void {
    if (dto.departure < dto.arrival) throw invalidField('departure', refusal(PASS_REFUSALS, 'departure_before_arrival'));
    const nights = (Date.parse(dto.departure) - Date.parse(dto.arrival)) / 86_400_000;
    if (nights > MAX_STAY_DAYS) throw invalidField('departure', refusal(PASS_REFUSALS, 'stay_too_long', { days: MAX_STAY_DAYS }));
  }
}

const isSameStay = (pass: Pass, dto: IssuePassDto) =>
  pass.accommodationId === dto.accommodationId &&
  pass.arrival === dto.arrival &&
  pass.departure === dto.departure &&
  pass.guests === dto.guests &&
  pass.lang === dto.lang;

const stay = (dto: { arrival: string; departure: string; guests: number; lang: IssuePassDto['lang'] }) => ({
  arrival: dto.arrival,
  departure: dto.departure,
  guests: dto.guests,
  lang: dto.lang,
});
