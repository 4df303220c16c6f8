import { Body, Controller, Get, NotFoundException, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { refusal, todayIn } from '#common';
import { AccommodationsService, ProducersService, TerritoriesService, type Territory } from '#directory';
import { EditionsService } from '#insights';
import { CouponsService, IssueCouponsDto, type PileLine } from '#passes';
import { COUPON_SCAN_REFUSALS, CouponSheetsService, MAX_SCAN_FILE_BYTES, MAX_SCAN_FILES, readCouponScans } from '#printing';
import { sendPdfBody } from '#web';
import { territoryDirectory } from '../coordinator/territory-directory.js';
import { coordinatorPath } from '../coordinator/coordinator-section.js';
import { emptyForm, type FieldErrors } from '../forms/form-errors.js';
import { refusalOf, submitForm } from '../forms/submit-form.js';
import { readUploadFiles } from '../forms/upload-form.js';
import { CurrentVisit, FileDownload, PageId, Portal, UploadForm } from '../portal.decorator.js';
import type { PortalRequest } from '../portal.guard.js';
import { redirect, sendPage } from '../respond.js';
import { dayWritten } from '../producer/tally-form.js';
import type { Visit } from '../visit.js';
import { COUPONS_MESSAGES } from './coupons.messages.js';
import { COUPON_FORM_LINES, couponsPage, type CouponsForms, type CouponsResult } from './coupons.page.js';
import { text } from '../forms/form-values.js';

const numberOf = (value: unknown) => (typeof value === 'string' && /^[1-9]\d{0,4}$/.test(value) ? Number(value) : undefined);
const whole = (value: unknown) => (typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : undefined);

/** The coordinator's coupons: issue an edition's, print a host's sheet, record a pile typed or scanned. */
@Portal()
@Controller('app/coordinator/:territoryId/coupons')
export class CouponsPagesController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly accommodations: AccommodationsService,
    private readonly producers: ProducersService,
    private readonly editions: EditionsService,
    private readonly coupons: CouponsService,
    private readonly sheets: CouponSheetsService,
  ) {}

  @Get()
  async show(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const issued = whole(query.issued);
    return this.page(
      reply,
      visit,
      territory,
      numberOf(query.edition),
      {},
      undefined,
      issued === undefined ? undefined : COUPONS_MESSAGES[visit.lang].issued(issued),
    );
  }

  @Post('issue')
  async issue(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const number = numberOf(body.edition);
    const edition = (await this.editions.list(territoryId, visit.actor)).find((e) => e.number === number);
    const input = {
      ...(text(body.accommodationId) ? { accommodationId: text(body.accommodationId) } : {}),
      ...(text(body.copies) ? { copies: whole(body.copies) ?? body.copies } : {}),
    };
    let made = 0;
    const errors: FieldErrors | undefined = edition
      ? await submitForm(IssueCouponsDto, input, visit.lang, async (dto) => (made = (await this.coupons.issue(edition.id, dto, visit.actor)).issued), 'copies')
      : { edition: '—' };
    if (errors) return this.page(reply, visit, territory, number, { issue: { values: body, errors } }, undefined, undefined, 400);
    return redirect(reply, `${coordinatorPath(territoryId, 'coupons')}?edition=${number}&issued=${made}`);
  }

  @Get('sheet.pdf')
  @FileDownload()
  async sheet(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    await this.territories.assertCoordinates(territoryId, visit.actor);
    const edition = (await this.editions.list(territoryId, visit.actor)).find((e) => e.number === numberOf(query.edition));
    const accommodationId = text(query.accommodation);
    if (!edition || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(accommodationId)) throw new NotFoundException();
    const file = await this.sheets.pdf(edition.id, accommodationId, visit.actor);
    return sendPdfBody(reply, file.filename, file.body);
  }

  @Post('uses')
  async uses(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const m = COUPONS_MESSAGES[visit.lang];
    const today = todayIn(territory.timeZone);
    const errors: FieldErrors = {};
    const pile: PileLine[] = [];
    for (let row = 1; row <= COUPON_FORM_LINES; row++) {
      const [serial, day] = [text(body[`serial-${row}`]).trim(), text(body[`day-${row}`]).trim()];
      if (!serial && !day) continue;
      const date = day ? dayWritten(day, today) : undefined;
      if (!serial) errors[`serial-${row}`] = m.nothingTyped;
      else if (day && !date) errors[`day-${row}`] = m.dayProblem;
      else pile.push({ typed: serial, ...(date ? { date } : {}) });
    }
    if (pile.length === 0 && Object.keys(errors).length === 0) errors['serial-1'] = m.nothingTyped;
    const grid = { values: body, errors };
    if (Object.keys(errors).length > 0) return this.page(reply, visit, territory, numberOf(body.edition), { grid }, undefined, undefined, 400);
    const result = await this.coupons.uses(territoryId, pile, body.action === 'record', visit.actor, visit.lang);
    // once recorded, the grid is emptied for the next 30; a check keeps what was typed
    return this.page(reply, visit, territory, numberOf(body.edition), { grid: result.recorded ? emptyForm() : grid }, result);
  }

  @Post('scans')
  @UploadForm()
  async scans(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Req() request: PortalRequest, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const { files, fields } = await readUploadFiles(request, visit, 'files', { maxBytes: MAX_SCAN_FILE_BYTES, maxFiles: MAX_SCAN_FILES });
    const again = (errors: FieldErrors) => this.page(reply, visit, territory, undefined, { scans: { values: {}, errors } }, undefined, undefined, 400);
    const cut = files.find((file) => file.truncated);
    if (cut) return again({ files: refusal(COUPON_SCAN_REFUSALS, 'scan_too_large', { file: cut.name, maxMb: MAX_SCAN_FILE_BYTES / 1024 / 1024 }).message });
    let result: CouponsResult | undefined;
    const refused = await refusalOf(
      async () => {
        const read = await readCouponScans(files);
        const pile = read.codes.map((code) => ({ typed: code.text, source: code.source }));
        const uses = pile.length
          ? await this.coupons.uses(territoryId, pile, fields.record === 'true', visit.actor, visit.lang)
          : { recorded: false, counts: {}, lines: [] };
        result = { ...uses, pages: read.pages };
      },
      visit.lang,
      'files',
    );
    if (refused) return again({ files: Object.values(refused)[0] });
    return this.page(reply, visit, territory, undefined, {}, result);
  }

  /** The page for an edition (default: the latest), with the forms as given and a pile's result. */
  private async page(
    reply: FastifyReply,
    visit: Visit,
    territory: Territory,
    number: number | undefined,
    forms: Partial<CouponsForms>,
    result?: CouponsResult,
    notice?: string,
    status = 200,
  ) {
    const editions = await this.editions.list(territory.id, visit.actor);
    const edition = editions.find((e) => e.number === number) ?? editions[0];
    const hosts = edition ? await this.coupons.hosts(edition.id, visit.actor) : [];
    const { accommodations } = await territoryDirectory({ producers: this.producers, accommodations: this.accommodations }, territory.id, visit.actor);
    const all: CouponsForms = { issue: emptyForm(), grid: emptyForm(), scans: emptyForm(), ...forms };
    return sendPage(reply, couponsPage(visit, territory, { editions, edition, hosts, accommodations }, all, result, notice), status);
  }
}
