import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalidField, type Actor } from '#common';
import { CouponsService, CouponUsesDto, CouponUsesView, IssueCouponsDto, IssuedCouponsView } from '#passes';
import { CouponScansView, CouponSheetsService, MAX_SCAN_FILE_BYTES, MAX_SCAN_FILES, MAX_SCAN_PAGES, readCouponScans } from '#printing';
import { CurrentActor, negotiateLanguage, sendPdfBody } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { readScanUpload } from './scan-upload.js';

const AccommodationIdParam = () =>
  Param('accommodationId', new ParseUUIDPipe({ exceptionFactory: () => invalidField('accommodationId', 'accommodationId must be a UUID') }));

const SCANS_BODY = {
  description: `multipart/form-data: the scans in the field \`files\` (repeated, at most ${MAX_SCAN_FILES} files of ${MAX_SCAN_FILE_BYTES / 1024 / 1024} MB, ${MAX_SCAN_PAGES} pages in all): PNG, JPEG or WebP images or PDFs from an office scanner (their page images: JPEG, or grey/RGB pixels), told by their content; \`record\`: "true" to record, anything else for a preview`,
  schema: {
    type: 'object',
    required: ['files'],
    properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } }, record: { type: 'string', enum: ['true', 'false'] } },
  },
} as const;

/**
 * Coupons printed with an edition, one per offer per copy handed to a host: issued and printed by
 * the coordinators, and recorded by them in bulk at the season's end, typed or scanned.
 */
@ApiErrors(401, 503)
@ApiTags('coupons')
@Controller('api/v1')
export class CouponsController {
  constructor(
    private readonly coupons: CouponsService,
    private readonly sheets: CouponSheetsService,
  ) {}

  @Post('editions/:id/coupons')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Issues the edition's coupons (coordinators): for one accommodation (its copies recorded, or `copies`) or every accommodation with copies recorded, one coupon per offer the edition printed per copy; issuing again makes only what is missing",
  })
  @ApiOkResponse({ type: IssuedCouponsView })
  @ApiErrors(400, 403, 404, 413, 415)
  issue(@IdParam() id: string, @Body() dto: IssueCouponsDto, @CurrentActor() actor: Actor) {
    return this.coupons.issue(id, dto, actor);
  }

  @Get('editions/:id/accommodations/:accommodationId/coupons.pdf')
  @ApiParam({ name: 'accommodationId', format: 'uuid', example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a' })
  @ApiOperation({ summary: "An accommodation's coupons of the edition to print (A4, 12 a page between cut lines), in the edition's language (coordinators)" })
  @ApiFileResponse('application/pdf', 'The coupon sheet as a PDF download')
  @ApiErrors(400, 403, 404)
  async sheet(@IdParam() id: string, @AccommodationIdParam() accommodationId: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const file = await this.sheets.pdf(id, accommodationId, actor);
    return sendPdfBody(reply, file.filename, file.body);
  }

  @Post('territories/:id/coupons/uses')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "A pile of coupons typed in (coordinators): each serial read (a slip of the check character is said on its line), looked up and tried by the rules of a use. `record: false` (default) previews; `record: true` records the valid ones together (recordedVia 'coupon', credited to the coupon's host and edition) and lists the others with why. A coupon counts once, however often it is sent",
  })
  @ApiOkResponse({ type: CouponUsesView })
  @ApiErrors(400, 403, 404, 413, 415)
  uses(@IdParam() id: string, @Body() dto: CouponUsesDto, @Headers('accept-language') acceptLanguage: string | undefined, @CurrentActor() actor: Actor) {
    const { lang } = negotiateLanguage(undefined, undefined, acceptLanguage);
    const pile = dto.lines.map((line) => ({ typed: line.serial, date: line.date }));
    return this.coupons.uses(id, pile, dto.record ?? false, actor, lang);
  }

  @Post('territories/:id/coupons/scans')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Scans of a pile of coupons (coordinators): every QR code of every image or PDF page is read (several per page, any rotation), then each serial is treated as `POST …/coupons/uses` does (preview, or record the valid ones), with where it was read and the time each page took',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(SCANS_BODY)
  @ApiOkResponse({ type: CouponScansView })
  @ApiErrors(400, 403, 404, 413, 415)
  async scans(
    @IdParam() id: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<CouponScansView> {
    this.coupons.mayRecord(id, actor);
    const { lang } = negotiateLanguage(undefined, undefined, acceptLanguage);
    const upload = await readScanUpload(request);
    const read = await readCouponScans(upload.files);
    const pile = read.codes.map((code) => ({ typed: code.text, source: code.source }));
    const result = pile.length === 0 ? { recorded: false, counts: {}, lines: [] } : await this.coupons.uses(id, pile, upload.record, actor, lang);
    return { ...result, pages: read.pages };
  }
}
