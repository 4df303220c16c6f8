import { Injectable } from '@nestjs/common';
import { denied, type Actor } from '#common';
import type { CreateEditionDto } from './edition.dto.js';
import type { EditionCopiesView, EditionDetailView, EditionSnapshot, EditionView, PrintedOffer } from './edition.view.js';
import { EditionsRepository } from './editions.repository.js';

/** The highest number an edition may have (`smallint`): a larger `?e=` is no edition. */
export const MAX_EDITION_NUMBER = 32767;

/** Reads `?e=N` as printed in an edition's QR codes: anything else is no edition (0). */
export const editionNumberOf = (value: unknown): number => {
  if (typeof value !== 'string' || !/^[1-9]\d{0,4}$/.test(value)) return 0;
  const number = Number(value);
  return number <= MAX_EDITION_NUMBER ? number : 0;
};

/**
 * Print runs of a territory's brochures. What an edition printed is handed over by printing, which
 * knows what a brochure holds; here it is numbered and kept, never changed (the database refuses).
 */
@Injectable()
export class EditionsService {
  constructor(private readonly editions: EditionsRepository) {}

  /** A coordinator freezes what would be printed now as the territory's next edition. */
  async create(territoryId: string, dto: CreateEditionDto, snapshot: EditionSnapshot, printedOn: string, actor: Actor): Promise<EditionDetailView> {
    if (!actor.coordinates(territoryId)) throw denied(actor, true, 'territory', 'make an edition of');
    return this.editions.insert(territoryId, dto, snapshot, printedOn, actor.userId);
  }

  /** The territory's editions, latest first: for its members (hosts record their copies). */
  async list(territoryId: string, actor: Actor): Promise<EditionView[]> {
    if (!actor.isMemberOf(territoryId)) throw denied(actor, false, 'territory', 'see the editions of');
    return this.editions.listOf(territoryId);
  }

  async get(id: string, actor: Actor): Promise<EditionDetailView> {
    const edition = await this.editions.byId(id);
    if (!edition || !actor.isMemberOf(edition.territoryId)) throw denied(actor, false, 'edition', 'see');
    return edition;
  }

  /** Whether the territory has an edition of this number: brochures are printed only for one. */
  async exists(territoryId: string, number: number): Promise<boolean> {
    return (await this.editions.byNumber(territoryId, number)) !== undefined;
  }

  /** The offers an edition of the territory printed; undefined when it has no such edition (its QR codes then count as none). */
  printedOffers(territoryId: string, number: number): Promise<PrintedOffer[] | undefined> {
    return this.editions.printedOffers(territoryId, number);
  }

  /** The host of the accommodation, or a coordinator, records how many copies it received. */
  async recordCopies(editionId: string, accommodationId: string, copies: number, actor: Actor): Promise<EditionCopiesView> {
    const edition = await this.editions.byId(editionId);
    if (!edition || !actor.isMemberOf(edition.territoryId)) throw denied(actor, false, 'edition', 'record copies of');
    const accommodation = await this.editions.accommodationTerritory(accommodationId);
    if (!accommodation || accommodation.territoryId !== edition.territoryId) throw denied(actor, false, 'accommodation', 'record copies for');
    if (!actor.coordinates(edition.territoryId) && !actor.hostsAccommodation(accommodationId)) throw denied(actor, true, 'accommodation', 'record copies for');
    return this.editions.recordCopies(editionId, accommodationId, copies, actor.userId);
  }

  /** Copies recorded per accommodation, for the forms. */
  async copiesOf(editionId: string, actor: Actor): Promise<Map<string, number>> {
    const edition = await this.get(editionId, actor);
    return new Map((await this.editions.copiesOf(edition.id)).map((row) => [row.accommodationId, row.copies]));
  }
}
