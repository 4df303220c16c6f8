import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { todayIn, toCsvCell, writeCsv, type Actor } from '#common';
import { ImagesService, TerritoriesService } from '#directory';
import { figuresTable, SeasonFunnelService, SPREADSHEET_CELLS, TerritoryFiguresService } from '#insights';
import type { PdfFile } from '../brochures/brochures.service.js';
import { imagesFingerprint } from '../brochures/images-fingerprint.js';
import type { FiguresCsvQueryDto, ImpactReportQueryDto } from './impact-report-query.dto.js';
import { renderImpactReport } from './impact-report-renderer.js';

/** Bump when the layout changes, so that ETags are renewed. */
const LAYOUT_VERSION = 3;

export interface CsvFile {
  filename: string;
  body: string;
}

/** The impact report of a territory (PDF) and its tables (CSV), for a period: what the association shows its funders. */
@Injectable()
export class ImpactReportsService {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly figures: TerritoryFiguresService,
    private readonly images: ImagesService,
    private readonly funnel: SeasonFunnelService,
  ) {}

  async report(territoryId: string, query: ImpactReportQueryDto, actor: Actor): Promise<PdfFile> {
    // the reader's access and the period first; then the figures, the territory, its images and the period's funnel at once
    const settled = await this.figures.settle(actor, territoryId, query);
    const [funnel, figures, territory, { logo, funders }] = await Promise.all([
      this.funnel.forPeriod(territoryId, settled.period, actor),
      this.figures.figuresOf(settled),
      this.territories.get(territoryId),
      this.images.forPrint(territoryId, { producerIds: [] }),
    ]);
    const content = {
      figures,
      funnel,
      printedOn: todayIn(territory.timeZone),
      funders: territory.funders ?? [],
      contact: [territory.contactEmail, territory.contactPhone].filter(Boolean).join(' · ') || null,
      colours: { primary: territory.primaryColor, secondary: territory.secondaryColor },
    };
    const images = { logo, funders };
    // the images by their bytes' digest: a new logo is a new report
    const imageKey = imagesFingerprint({ ...images, producerPhotos: new Map() });
    const etag = `"${createHash('sha256')
      .update(JSON.stringify({ LAYOUT_VERSION, content, imageKey, lang: query.lang }))
      .digest('base64url')
      .slice(0, 27)}"`;
    return {
      etag,
      filename: `impact-${territory.slug}-${figures.period.from}-${figures.period.to}-${query.lang}.pdf`,
      body: () => renderImpactReport({ ...content, images }, query.lang),
    };
  }

  async table(territoryId: string, query: FiguresCsvQueryDto, actor: Actor): Promise<CsvFile> {
    const figures = await this.figures.forTerritory(actor, territoryId, query);
    const territory = await this.territories.get(territoryId);
    const table = figuresTable(figures, query.table, query.lang, SPREADSHEET_CELLS);
    const rows = [table.headers, ...table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : toCsvCell(cell))))];
    return { filename: `${query.table}-${territory.slug}-${figures.period.from}-${figures.period.to}.csv`, body: writeCsv(rows) };
  }
}
