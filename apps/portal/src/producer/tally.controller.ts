import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ValidationFailed } from '#common';
import { TALLY_REFUSALS, TallyService, type TallyDto, type TallySheet } from '#passes';
import { TallySheetsService } from '#printing';
import { sendPdfBody } from '#web';
import { fieldErrorsOf, type FieldErrors } from '../forms/form-errors.js';
import { eurosToCents } from '../forms/form-values.js';
import { CurrentVisit, FileDownload, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { dayWritten, typedLines, type TallyColumn, type TypedLine } from './tally-form.js';
import { TALLY_MESSAGES } from './tally.messages.js';
import { tallyPage } from './tally.page.js';

/** The service's field of a line (`lines[2].offerId`) → the grid's column. */
const COLUMN_OF: Record<string, TallyColumn> = { code: 'code', date: 'date', offerId: 'offer', amountCents: 'amount' };

/**
 * Tally sheets in the member pages: the producer (or a coordinator, for a producer of its territory)
 * prints the sheet and types it in. What the form cannot read (a date, an offer number, an amount) is
 * said beside its line, and the other lines are checked by the service all the same, recording nothing.
 */
@Portal()
@Controller('app/producer/:producerId')
export class TallyController {
  constructor(
    private readonly tally: TallyService,
    private readonly sheets: TallySheetsService,
  ) {}

  @Get('tally')
  async show(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Query('done') done: unknown, @Res() reply: FastifyReply) {
    const sheet = await this.tally.sheet(producerId, visit.actor);
    const recorded = typeof done === 'string' && /^\d{1,3}$/.test(done) ? TALLY_MESSAGES[visit.lang].recorded(Number(done)) : undefined;
    return sendPage(reply, tallyPage(visit, producerId, sheet.offers, { values: { key: randomUUID() }, errors: {} }, recorded));
  }

  @Get('tally-sheet.pdf')
  @FileDownload()
  async pdf(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Query('lang') lang: unknown, @Res() reply: FastifyReply) {
    const file = await this.sheets.pdf(producerId, lang === 'en' || lang === 'fr' ? lang : visit.lang, visit.actor);
    return sendPdfBody(reply, file.filename, file.body);
  }

  @Post('tally')
  async record(@CurrentVisit() visit: Visit, @PageId('producerId') producerId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const sheet = await this.tally.sheet(producerId, visit.actor);
    const m = TALLY_MESSAGES[visit.lang];
    const typed = typedLines(body);
    const key = typeof body.key === 'string' && /^[\w-]{8,90}$/.test(body.key) ? body.key : randomUUID();
    const again = (errors: FieldErrors) => {
      const lines = new Set(Object.keys(errors).map((name) => name.split('-')[1]));
      return sendPage(reply, tallyPage(visit, producerId, sheet.offers, { values: { ...body, key }, errors }, undefined, lines.size), 400);
    };
    if (typed.length === 0) return again({ 'code-1': m.nothingTyped });

    const errors: FieldErrors = {};
    const read: { row: number; line: TallyDto['lines'][number] }[] = [];
    for (const line of typed) {
      const problems = this.readLine(line, sheet, visit);
      if ('line' in problems) read.push({ row: line.row, line: problems.line });
      else Object.assign(errors, problems.errors);
    }
    const dto = { lines: read.map((r) => r.line) };
    try {
      if (Object.keys(errors).length > 0) {
        if (read.length > 0) await this.tally.check(producerId, dto, visit.actor, visit.lang);
        return again(errors);
      }
      const result = await this.tally.record(producerId, dto, key, visit.actor, visit.lang);
      return redirect(reply, `/app/producer/${producerId}/tally?done=${result.redemptions.length}`);
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      for (const [field, message] of Object.entries(fieldErrorsOf(error, visit.lang) ?? {})) {
        const [, index, name] = /^lines\[(\d+)\]\.(\w+)$/.exec(field) ?? [];
        const row = read[Number(index)]?.row;
        if (row !== undefined && COLUMN_OF[name]) errors[`${COLUMN_OF[name]}-${row}`] = message;
      }
      return again(errors);
    }
  }

  /** A typed line as the service takes it, or what the form itself cannot read in it. */
  private readLine(line: TypedLine, sheet: TallySheet, visit: Visit): { line: TallyDto['lines'][number] } | { errors: FieldErrors } {
    const m = TALLY_MESSAGES[visit.lang];
    const errors: FieldErrors = {};
    const date = dayWritten(line.date, sheet.today);
    const offer = sheet.offers.find((o) => String(o.number) === line.offer.replace(/^0+/, ''));
    const amount = eurosToCents(line.amount);
    if (!line.code) errors[`code-${line.row}`] = m.codeRequired;
    if (!date) errors[`date-${line.row}`] = m.dateProblem;
    if (!offer) errors[`offer-${line.row}`] = line.offer ? TALLY_REFUSALS[visit.lang].offer_not_on_sheet : m.offerProblem;
    if ('problem' in amount) errors[`amount-${line.row}`] = m.euroProblem;
    if (Object.keys(errors).length > 0 || !date || !offer || 'problem' in amount) return { errors };
    return { line: { code: line.code, date, offerId: offer.offerId, ...(amount.value === null ? {} : { amountCents: amount.value }) } };
  }
}
