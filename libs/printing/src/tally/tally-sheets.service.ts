import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type Actor, type AppConfig } from '#common';
import { TallyService, PRINTED_PASS_CODE_LENGTH } from '#passes';
import { renderTallySheet } from './tally-sheet-renderer.js';
import type { TallySheetLanguage } from './tally-sheet-texts.js';

/** A producer's printable tally sheet, for its members and its territory's coordinators. */
@Injectable()
export class TallySheetsService {
  constructor(
    private readonly tally: TallyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async pdf(producerId: string, lang: TallySheetLanguage, actor: Actor): Promise<{ filename: string; body: Buffer }> {
    const sheet = await this.tally.sheet(producerId, actor);
    const body = await renderTallySheet(
      {
        producerName: sheet.producer.name,
        territoryName: sheet.territoryName,
        offers: sheet.offers,
        codeLength: PRINTED_PASS_CODE_LENGTH,
        entryUrl: `${this.config.publicBaseUrl.replace(/^https?:\/\//, '')}/app/producer/${producerId}/tally`,
      },
      lang,
    );
    return { filename: `feuille-de-pointage-${producerId.slice(0, 8)}.pdf`, body };
  }
}
