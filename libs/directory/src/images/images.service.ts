import { createHash } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { denied, refusal, withRefusal, type Actor } from '#common';
import { AuditService } from '#audit';
import { directoryAccess } from '../access/directory-access.js';
import { AccommodationsService } from '../accommodations/accommodations.service.js';
import { ProducersService } from '../producers/producers.service.js';
import { TerritoriesService } from '../territories/territories.service.js';
import type { Territory } from '../territories/territory.entity.js';
import { encodeImage } from './image-encoding.js';
import { extensionOf } from './image-purposes.js';
import { IMAGE_REFUSALS } from './image-refusals.js';
import type { ImageSubject, ImageTarget } from './image-subject.js';
import { ImagesRepository, type PrintImageRow } from './images.repository.js';
import type { PrintImage, PrintImages } from './print-images.js';
import type { PublicImage, StoredImage, TerritoryImages } from './stored-image.js';

/** Whether the actor means to look at an image or to change it. */
export type ImageIntent = 'see' | 'change';

/** The public address of a stored image: named by its content, so it can be cached for ever. */
export const publicImageUrl = (image: Pick<StoredImage, 'hash' | 'mime'>) => `/images/${image.hash}.${extensionOf(image.mime)}`;

const publicImage = (image: StoredImage): PublicImage => ({ url: publicImageUrl(image), width: image.width, height: image.height });
const printImage = (row: PrintImageRow): PrintImage => ({ bytes: row.bytes, mime: row.mime, width: row.width, height: row.height });

/**
 * The images of the directory: the territory's logo and its funders' logos (coordinators), a
 * photo per producer (its people and coordinators) and per accommodation (its hosts and
 * coordinators). Uploads are checked and re-encoded (`encodeImage`) before they are stored.
 */
@Injectable()
export class ImagesService {
  constructor(
    private readonly images: ImagesRepository,
    private readonly territories: TerritoriesService,
    private readonly producers: ProducersService,
    private readonly accommodations: AccommodationsService,
    private readonly audit: AuditService,
  ) {}

  /** The target, if it exists and the actor may see it (or change it): 404 unseen, 403 seen but not theirs. */
  async subjectFor(target: ImageTarget, actor: Actor, intent: ImageIntent): Promise<ImageSubject> {
    switch (target.purpose) {
      case 'territory_logo': {
        const territory =
          intent === 'change' ? await this.territories.assertCoordinates(target.territoryId, actor) : await this.territories.get(target.territoryId);
        return {
          territoryId: territory.id,
          purpose: 'territory_logo',
          subject: '',
          audited: { entityType: 'territory', entityId: territory.id, field: 'logo' },
        };
      }
      case 'funder_logo': {
        const territory =
          intent === 'change' ? await this.territories.assertCoordinates(target.territoryId, actor) : await this.territories.get(target.territoryId);
        const funder = funderNamed(territory, target.funder);
        return {
          territoryId: territory.id,
          purpose: 'funder_logo',
          subject: funder,
          audited: { entityType: 'territory', entityId: territory.id, field: `funderLogo:${funder}` },
        };
      }
      case 'producer_photo': {
        const producer = intent === 'change' ? await this.producers.editable(target.producerId, actor) : await this.producers.get(target.producerId, actor);
        return {
          territoryId: producer.territoryId,
          purpose: 'producer_photo',
          subject: producer.id,
          audited: { entityType: 'producer', entityId: producer.id, field: 'photo' },
        };
      }
      case 'accommodation_photo': {
        const accommodation = await this.accommodations.get(target.accommodationId, actor);
        if (intent === 'change' && !directoryAccess.editAccommodation(actor, accommodation)) throw denied(actor, true, 'accommodation', 'change');
        return {
          territoryId: accommodation.territoryId,
          purpose: 'accommodation_photo',
          subject: accommodation.id,
          audited: { entityType: 'accommodation', entityId: accommodation.id, field: 'photo' },
        };
      }
    }
  }

  /** Checks the upload by its content, re-encodes it and stores it in place of the subject's last image (`ImageRefused` when it is not one). */
  async upload(subject: ImageSubject, bytes: Buffer, actor: Actor): Promise<StoredImage> {
    const encoded = await encodeImage(bytes, subject.purpose);
    const hash = createHash('sha256').update(encoded.bytes).digest('hex').slice(0, 32);
    return this.images.transaction(async (tx) => {
      const before = await this.images.find(subject, tx);
      const saved = await this.images.save(tx, subject, { ...encoded, hash }, actor.userId ?? null);
      await this.recordChange(tx, actor, subject, 'upload_image', before?.hash ?? null, hash);
      return saved;
    });
  }

  /** Removes the subject's image; removing none is no error (a second click, another tab). */
  async remove(subject: ImageSubject, actor: Actor): Promise<void> {
    await this.images.transaction(async (tx) => {
      const removed = await this.images.remove(tx, subject);
      if (removed !== null) await this.recordChange(tx, actor, subject, 'remove_image', removed, null);
    });
  }

  find(subject: ImageSubject): Promise<StoredImage | null> {
    return this.images.find(subject);
  }

  /** The subject's image, or a 404 saying none was uploaded. */
  async get(subject: ImageSubject): Promise<StoredImage> {
    const found = await this.images.find(subject);
    if (!found) {
      const said = refusal(IMAGE_REFUSALS, 'image_not_found');
      throw withRefusal(new NotFoundException(said.message), said);
    }
    return found;
  }

  /** What a public address serves. */
  served(hash: string): Promise<{ bytes: Buffer; mime: 'image/png' | 'image/jpeg' } | null> {
    return this.images.byHash(hash);
  }

  /** A producer's photo as its public page shows it: its one row, not the territory's images. */
  async producerPhoto(territoryId: string, producerId: string): Promise<PublicImage | undefined> {
    const found = await this.images.find({ territoryId, purpose: 'producer_photo', subject: producerId });
    return found ? publicImage(found) : undefined;
  }

  /** A territory's images as public pages point at them, and its funders (with or without a logo). */
  async ofTerritory(territoryId: string): Promise<TerritoryImages> {
    const [territory, rows] = await Promise.all([this.territories.get(territoryId), this.images.ofTerritory(territoryId)]);
    const by = (purpose: StoredImage['purpose']) => new Map(rows.filter((row) => row.purpose === purpose).map((row) => [row.subject, publicImage(row)]));
    const logo = rows.find((row) => row.purpose === 'territory_logo');
    const funderLogos = by('funder_logo');
    return {
      ...(logo ? { logo: publicImage(logo) } : {}),
      funders: territory.funders.map((name) => {
        const funderLogo = funderLogos.get(name);
        return funderLogo ? { name, logo: funderLogo } : { name };
      }),
      producerPhotos: by('producer_photo'),
      accommodationPhotos: by('accommodation_photo'),
    };
  }

  /** Everything a brochure or report of the territory may print, read at once (never one query per producer). */
  async forPrint(territoryId: string, { producerIds, accommodationId }: { producerIds: readonly string[]; accommodationId?: string }): Promise<PrintImages> {
    const [territory, rows] = await Promise.all([this.territories.get(territoryId), this.images.forPrint(territoryId, producerIds, accommodationId ?? null)]);
    const logo = rows.find((row) => row.purpose === 'territory_logo');
    const accommodationPhoto = rows.find((row) => row.purpose === 'accommodation_photo');
    const funderLogos = new Map(rows.filter((row) => row.purpose === 'funder_logo').map((row) => [row.subject, printImage(row)]));
    return {
      ...(logo ? { logo: printImage(logo) } : {}),
      funders: territory.funders.map((name) => {
        const funderLogo = funderLogos.get(name);
        return funderLogo ? { name, logo: funderLogo } : { name };
      }),
      producerPhotos: new Map(rows.filter((row) => row.purpose === 'producer_photo').map((row) => [row.subject, printImage(row)])),
      ...(accommodationPhoto ? { accommodationPhoto: printImage(accommodationPhoto) } : {}),
    };
  }

  private recordChange(tx: Parameters<AuditService['record']>[0], actor: Actor, subject: ImageSubject, action: string, from: string | null, to: string | null) {
    const { entityType, entityId, field } = subject.audited;
    return this.audit.record(tx, actor, { territoryId: subject.territoryId, action, entityType, entityId, before: { [field]: from }, after: { [field]: to } });
  }
}

/** A funder by its name, or by its position in the territory's list (0 first); a name wins over a position. */
function funderNamed(territory: Territory, key: string): string {
  if (territory.funders.includes(key)) return key;
  const index = /^\d{1,4}$/.test(key) ? Number(key) : -1;
  if (index >= 0 && index < territory.funders.length) return territory.funders[index];
  const said = refusal(IMAGE_REFUSALS, 'funder_missing', { funder: key });
  throw withRefusal(new NotFoundException(said.message), said);
}
