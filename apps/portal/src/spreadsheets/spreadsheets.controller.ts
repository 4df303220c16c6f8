import { BadRequestException, Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { SHEET_KINDS, SpreadsheetExportService, SpreadsheetImportService, TerritoriesService, type SheetKind } from '#directory';
import { sendSpreadsheet, uploadName } from '#web';
import { readUploadForm } from '../forms/upload-form.js';
import { CurrentVisit, PageId, Portal, UploadForm } from '../portal.decorator.js';
import type { PortalRequest } from '../portal.guard.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { SPREADSHEET_MESSAGES } from './spreadsheets.messages.js';
import { MAX_PAGE_FILE, spreadsheetsPage } from './spreadsheets.pages.js';

const isKind = (value: unknown): value is SheetKind => SHEET_KINDS.includes(value as SheetKind);
const count = (value: unknown) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined);

/**
 * The coordinator's spreadsheet from a browser: upload, see every row's problems or what would
 * change, then confirm (the checked file travels back in the confirmation form: nothing is kept
 * on the server between the two steps); and the exports.
 */
@Portal()
@Controller('app/coordinator/:territoryId/spreadsheets')
export class SpreadsheetsPagesController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly imports: SpreadsheetImportService,
    private readonly exports: SpreadsheetExportService,
  ) {}

  @Get()
  async show(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    await this.territories.assertCoordinates(territoryId, visit.actor);
    const [created, updated, unchanged] = [count(query.created), count(query.updated), count(query.unchanged)];
    const notice =
      created !== undefined && updated !== undefined && unchanged !== undefined
        ? SPREADSHEET_MESSAGES[visit.lang].imported(created, updated, unchanged)
        : undefined;
    return sendPage(reply, spreadsheetsPage(visit, this.base(territoryId), { notice }));
  }

  // a file past the page's limit is cut just beyond it (and the rest of it read and dropped), so that it is told beside its field, not refused as a request
  @RouteConfig({ multipartOptions: { limits: { fileSize: MAX_PAGE_FILE + 1 }, throwFileSizeLimit: false } })
  @Post('check')
  @UploadForm()
  async check(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Req() request: PortalRequest, @Res() reply: FastifyReply) {
    await this.imports.assertMayImport(territoryId, visit.actor);
    const body = await readUploadForm(request, visit);
    const m = SPREADSHEET_MESSAGES[visit.lang];
    // a browser sends "no file chosen" as an empty file without a name; an empty file chosen has its name
    const file = Buffer.isBuffer(body.file) && uploadName(request, 'file') !== undefined ? body.file : undefined;
    const kind = isKind(body.kind) ? body.kind : undefined;
    // the checked file travels back in the confirmation form, which a page's body limit bounds
    const tooLarge = file !== undefined && file.length > MAX_PAGE_FILE;
    if (!file || !kind || tooLarge) {
      const errors = { ...(kind ? {} : { kind: m.kind }), ...(file ? {} : { file: m.missingFile }), ...(tooLarge ? { file: m.tooLarge } : {}) };
      return sendPage(reply, spreadsheetsPage(visit, this.base(territoryId), { form: { values: { kind: body.kind }, errors } }), 400);
    }
    const allowSimilar = body.allowSimilar === 'true';
    const report = await this.imports.import(kind, territoryId, file, visit.actor, { dryRun: true, changes: true, allowSimilar });
    const checked = { kind, report, content: file.toString('base64'), allowSimilar };
    return sendPage(
      reply,
      spreadsheetsPage(visit, this.base(territoryId), { form: { values: { kind, ...(allowSimilar ? { allowSimilar: 'true' } : {}) }, errors: {} }, checked }),
      report.problems.length > 0 ? 400 : 200,
    );
  }

  @Post('import')
  async import(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    await this.imports.assertMayImport(territoryId, visit.actor);
    if (!isKind(body.kind) || typeof body.content !== 'string' || body.content === '') throw new BadRequestException('kind and content are required');
    const file = Buffer.from(body.content, 'base64');
    // checked again: the directory may have changed since the preview
    const allowSimilar = body.allowSimilar === 'true';
    const report = await this.imports.import(body.kind, territoryId, file, visit.actor, { dryRun: false, problems: 'report', allowSimilar });
    if (report.problems.length > 0) {
      return sendPage(
        reply,
        spreadsheetsPage(visit, this.base(territoryId), {
          form: { values: { kind: body.kind }, errors: {} },
          checked: { kind: body.kind, report, content: body.content, allowSimilar },
        }),
        409,
      );
    }
    return redirect(reply, `${this.base(territoryId)}?created=${report.created}&updated=${report.updated}&unchanged=${report.unchanged}`);
  }

  @Get('export')
  async export(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @Query('kind') kind: unknown,
    @Query('format') format: unknown,
    @Res() reply: FastifyReply,
  ) {
    if (!isKind(kind)) throw new BadRequestException('kind must be producers or accommodations');
    if (format !== undefined && format !== 'csv' && format !== 'xlsx') throw new BadRequestException('format must be xlsx or csv');
    return sendSpreadsheet(reply, await this.exports.export(kind, territoryId, visit.actor, { format, lang: visit.lang }));
  }

  private base(territoryId: string): string {
    return `/app/coordinator/${territoryId}/spreadsheets`;
  }
}
