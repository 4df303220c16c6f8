import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '#database';
import type { EncodedImage } from './image-encoding.js';
import type { ImagePurpose } from './image-purposes.js';
import type { ImageSubject } from './image-subject.js';
import type { StoredImage } from './stored-image.js';

const STORED_COLUMNS = `purpose, subject, mime, width, height, octet_length(bytes) AS size, hash, uploaded_at AS "uploadedAt"`;

/** The subject's own column: producers and accommodations by reference, so that their images go with them. */
function subjectColumns(subject: ImageSubject): { funder: string | null; producerId: string | null; accommodationId: string | null } {
  return {
    funder: subject.purpose === 'funder_logo' ? subject.subject : null,
    producerId: subject.purpose === 'producer_photo' ? subject.subject : null,
    accommodationId: subject.purpose === 'accommodation_photo' ? subject.subject : null,
  };
}

export interface PrintImageRow {
  purpose: ImagePurpose;
  subject: string;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  bytes: Buffer;
}

/** Every query of the images, in one place: the service keeps the rules (who may, which subject). */
@Injectable()
export class ImagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async find(
    subject: Pick<ImageSubject, 'territoryId' | 'purpose' | 'subject'>,
    runner: DataSource | EntityManager = this.dataSource,
  ): Promise<StoredImage | null> {
    const [found] = await queryRows<StoredImage>(runner, `SELECT ${STORED_COLUMNS} FROM images WHERE territory_id = $1 AND purpose = $2 AND subject = $3`, [
      subject.territoryId,
      subject.purpose,
      subject.subject,
    ]);
    return found ?? null;
  }

  /** Stores the subject's image in place of the one it had. */
  async save(tx: EntityManager, subject: ImageSubject, image: EncodedImage & { hash: string }, uploadedBy: string | null): Promise<StoredImage> {
    const { funder, producerId, accommodationId } = subjectColumns(subject);
    const [saved] = await queryRows<StoredImage>(
      tx,
      `INSERT INTO images (territory_id, purpose, funder, producer_id, accommodation_id, mime, width, height, bytes, hash, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (territory_id, purpose, subject) DO UPDATE
         SET mime = EXCLUDED.mime, width = EXCLUDED.width, height = EXCLUDED.height, bytes = EXCLUDED.bytes, hash = EXCLUDED.hash,
             uploaded_at = now(), uploaded_by = EXCLUDED.uploaded_by
       RETURNING ${STORED_COLUMNS}`,
      [subject.territoryId, subject.purpose, funder, producerId, accommodationId, image.mime, image.width, image.height, image.bytes, image.hash, uploadedBy],
    );
    return saved;
  }

  /** The hash of the image removed, if there was one. */
  async remove(tx: EntityManager, subject: ImageSubject): Promise<string | null> {
    const [removed] = await queryRows<{ hash: string }>(tx, `DELETE FROM images WHERE territory_id = $1 AND purpose = $2 AND subject = $3 RETURNING hash`, [
      subject.territoryId,
      subject.purpose,
      subject.subject,
    ]);
    return removed?.hash ?? null;
  }

  /** The bytes behind a public address; the same bytes uploaded twice are one address. */
  async byHash(hash: string): Promise<{ bytes: Buffer; mime: 'image/png' | 'image/jpeg' } | null> {
    const [found] = await queryRows<{ bytes: Buffer; mime: 'image/png' | 'image/jpeg' }>(
      this.dataSource,
      `SELECT bytes, mime FROM images WHERE hash = $1 LIMIT 1`,
      [hash],
    );
    return found ?? null;
  }

  /** A territory's images without their bytes: a few hundred small rows at most. */
  ofTerritory(territoryId: string): Promise<StoredImage[]> {
    return queryRows<StoredImage>(this.dataSource, `SELECT ${STORED_COLUMNS} FROM images WHERE territory_id = $1`, [territoryId]);
  }

  /** In one query: the territory's logo and funders' logos, the photos of these producers and of this accommodation. */
  forPrint(territoryId: string, producerIds: readonly string[], accommodationId: string | null): Promise<PrintImageRow[]> {
    return queryRows<PrintImageRow>(
      this.dataSource,
      `SELECT purpose, subject, mime, width, height, bytes FROM images
        WHERE territory_id = $1
          AND (purpose IN ('territory_logo', 'funder_logo')
               OR (purpose = 'producer_photo' AND producer_id = ANY ($2::uuid[]))
               OR (purpose = 'accommodation_photo' AND accommodation_id = $3::uuid))`,
      [territoryId, [...producerIds], accommodationId],
    );
  }
}
