import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { seasonPrintSelection } from '#association';
import { APP_CONFIG, invalidField, refusal, todayIn, type Actor, type AppConfig } from '#common';
import { AccommodationsService, BaseLayersService, ImagesService, ShowcaseService, TerritoriesService, type ShowcaseProducer } from '#directory';
import { EditionsService, INSIGHTS_REFUSALS } from '#insights';
import { PrintGate } from '../print-check/print-gate.js';
import type { TerritoryBrochureQueryDto } from '../print-check/territory-brochure-query.dto.js';
import { publicLinks } from '../qr/public-links.js';
import type { BrochureQueryDto } from './brochure-query.dto.js';
import { renderBrochure, type BrochureContent } from './brochure-renderer.js';
import { renderQrCard } from './qr-card-renderer.js';
import { imagesFingerprint } from './images-fingerprint.js';
import { confirmedForSeason, seasonPrintDate } from './season-offers.js';

/** Bump when the layout changes, so that cached files and ETags are renewed. */
const LAYOUT_VERSION = 7;
const MAX_CACHED = 64;

interface MapLayers {
  version: string | null;
  load: () => Promise<BrochureContent['baseLayers']>;
}

export interface PdfFile {
  etag: string;
  filename: string;
  /** Built only when the ETag is not the one the client already has. */
  body: () => Promise<Buffer>;
}

/**
 * Brochures and QR cards. The ETag is a hash of everything printed (offers, texts, options, print
 * date): an unchanged brochure is answered 304 without being rebuilt, and built ones are kept.
 */
/** The end of a brochure's file name: its language, its pages' format (A5 in a booklet) and its imposition. */
const suffix = (query: BrochureQueryDto) => `${query.lang}-${query.imposition === 'booklet' ? 'A5-booklet' : query.format}`;

@Injectable()
export class BrochuresService {
  private readonly built = new Map<string, Buffer>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly showcase: ShowcaseService,
    private readonly territories: TerritoriesService,
    private readonly accommodations: AccommodationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gate: PrintGate,
    private readonly images: ImagesService,
    private readonly baseLayers: BaseLayersService,
    private readonly editions: EditionsService,
  ) {}

  /** The territory's brochure; while a season is open, only once its data is checked (PrintGate). */
  async territoryBrochure(territoryId: string, query: TerritoryBrochureQueryDto, actor: Actor): Promise<PdfFile> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    await this.gate.clear(territoryId, actor, query.printAnyway);
    await this.checkEdition(territoryId, query.edition);
    const view = await this.territoryView(territoryId, query.edition);
    const { date, producers } = await this.printSelection(territoryId, view.timeZone, query.date);
    const images = await this.images.forPrint(territoryId, { producerIds: producers.map((p) => p.id) });
    return this.file({ territory: view, producers, date, images }, query, `brochure-${territory.slug}-${suffix(query)}.pdf`, await this.mapLayers(territoryId));
  }

  async accommodationBrochure(accommodationId: string, query: BrochureQueryDto, actor: Actor): Promise<PdfFile> {
    const accommodation = await this.accommodations.get(accommodationId, actor);
    await this.checkEdition(accommodation.territoryId, query.edition);
    const view = await this.territoryView(accommodation.territoryId, query.edition);
    const { date, producers } = await this.printSelection(accommodation.territoryId, view.timeZone, query.date, accommodation.id);
    const personal = {
      name: accommodation.name,
      latitude: accommodation.latitude,
      longitude: accommodation.longitude,
      commune: accommodation.commune,
      pageUrl: publicLinks.accommodation(this.config.publicBaseUrl, accommodation.code, query.edition),
    };
    const images = await this.images.forPrint(accommodation.territoryId, { producerIds: producers.map((p) => p.id), accommodationId: accommodation.id });
    return this.file(
      { territory: view, accommodation: personal, producers, date, images },
      query,
      `brochure-${accommodation.slug}-${suffix(query)}.pdf`,
      await this.mapLayers(accommodation.territoryId),
    );
  }

  async qrCard(accommodationId: string, actor: Actor): Promise<PdfFile> {
    const accommodation = await this.accommodations.get(accommodationId, actor);
    const territory = await this.territories.get(accommodation.territoryId);
    const card = {
      accommodationName: accommodation.name,
      territoryName: territory.name,
      pageUrl: publicLinks.accommodation(this.config.publicBaseUrl, accommodation.code),
    };
    const etag = this.etagOf({ card });
    return { etag, filename: `qr-card-${accommodation.slug}.pdf`, body: () => this.cached(etag, () => renderQrCard(card)) };
  }

  private file(
    content: Omit<BrochureContent, 'producerUrl' | 'printedAt' | 'baseLayers'>,
    query: BrochureQueryDto,
    filename: string,
    layers: MapLayers = { version: null, load: () => Promise.resolve(undefined) },
  ): PdfFile {
    const printedOn = todayIn(content.territory.timeZone);
    const imposition = query.imposition ?? 'none';
    // the imposition joins the hash only when asked for: the ETags of plain brochures stay as they were
    // the images by their bytes' digest, not their bytes: the hash stays quick
    const { images, ...printed } = content;
    const etag = this.etagOf({
      content: printed,
      images: imagesFingerprint(images),
      lang: query.lang,
      format: query.format,
      printedOn,
      ...(imposition === 'none' ? {} : { imposition }),
      // the base layers' version only when there are some: the ETags of other brochures stay as they were
      ...(layers.version === null ? {} : { baseLayers: layers.version }),
      ...(query.edition ? { edition: query.edition } : {}),
    });
    const producerUrl = (p: { code: string }) => publicLinks.producer(this.config.publicBaseUrl, p.code, query.edition);
    const full: BrochureContent = { ...content, printedAt: new Date(), producerUrl };
    return {
      etag,
      filename,
      body: () =>
        this.cached(etag, async () => renderBrochure({ ...full, baseLayers: await layers.load() }, { lang: query.lang, format: query.format, imposition })),
    };
  }

  /** The territory's base layers: their version for the ETag now, the layers themselves only when a file is built. */
  private async mapLayers(territoryId: string): Promise<MapLayers> {
    return { version: await this.baseLayers.printedVersion(territoryId), load: () => this.baseLayers.forPrinting(territoryId) };
  }

  /**
   * What a brochure of the territory holds on `date` (default: today, or the open season's first
   * day): what the brochures print and what an edition freezes as printed.
   */
  async printSelection(
    territoryId: string,
    timeZone: string,
    date?: string,
    accommodationId?: string,
  ): Promise<{ date: string; producers: ShowcaseProducer[] }> {
    const season = await seasonPrintSelection(this.dataSource, territoryId);
    const day = seasonPrintDate(season, date, todayIn(timeZone));
    return { date: day, producers: confirmedForSeason(await this.showcase.onDate(territoryId, day, accommodationId), season) };
  }

  /** A brochure is printed only for an edition the territory has. */
  async checkEdition(territoryId: string, edition: number | undefined): Promise<void> {
    if (edition !== undefined && !(await this.editions.exists(territoryId, edition))) {
      throw invalidField('edition', refusal(INSIGHTS_REFUSALS, 'no_such_edition', { number: edition }));
    }
  }

  private etagOf(value: unknown): string {
    return `"${createHash('sha256')
      .update(JSON.stringify({ LAYOUT_VERSION, base: this.config.publicBaseUrl, value }))
      .digest('base64url')
      .slice(0, 27)}"`;
  }

  private async cached(etag: string, build: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.built.get(etag);
    if (hit) return hit;
    const body = await build();
    this.built.set(etag, body);
    if (this.built.size > MAX_CACHED) this.built.delete(this.built.keys().next().value as string);
    return body;
  }

  /** The territory as a brochure prints it; its page's QR code carries the edition printed, as every other code of it does. */
  private async territoryView(territoryId: string, edition?: number): Promise<BrochureContent['territory']> {
    const t = await this.territories.get(territoryId);
    return {
      id: t.id,
      name: t.name,
      languages: t.languages,
      timeZone: t.timeZone,
      primaryColor: t.primaryColor,
      logoUrl: t.logoUrl,
      contactEmail: t.contactEmail,
      contactPhone: t.contactPhone,
      funders: t.funders ?? [],
      pageUrl: publicLinks.territory(this.config.publicBaseUrl, t.code, edition),
      website: t.website,
    };
  }
}
