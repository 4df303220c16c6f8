import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { membershipCsv, MembershipService, MembershipTermsDto, type MemberKind, RecordPaymentDto } from '#association';
import { TerritoriesService } from '#directory';
import { ReceiptsService } from '#printing';
import { sendCsv, sendPdfBody } from '#web';
import { emptyForm, validateForm, type FieldErrors } from '../forms/form-errors.js';
import { centsToEuros, eurosToCents, list, text, wholeNumber } from '../forms/form-values.js';
import { refusalOf } from '../forms/submit-form.js';
import { PORTAL_MESSAGES } from '../portal-messages.js';
import { CurrentVisit, FileDownload, PageId, Portal } from '../portal.decorator.js';
import { redirect, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { membersPage, membershipPath, termsPage, termsValues } from './coordinator-membership.pages.js';
import { MEMBERSHIP_MESSAGES } from './membership.messages.js';

const yearOf = (query: Record<string, unknown>) => {
  const year = wholeNumber(query.year);
  return 'value' in year && year.value !== null && year.value >= 2000 && year.value <= 2200 ? year.value : undefined;
};
const memberOf = (value: string): { kind: MemberKind; id: string } => {
  const [kind, id] = value.split(':');
  return { kind: kind === 'host' ? 'host' : 'producer', id: id ?? '' };
};

/** The coordinator's membership pages: the year's members, payments, reminders, receipts, the CSV, the terms. */
@Portal()
@Controller('app/coordinator/:territoryId/membership')
export class CoordinatorMembershipController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly membership: MembershipService,
    private readonly receipts: ReceiptsService,
  ) {}

  @Get()
  async show(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    if (!(await this.membership.terms(territoryId, visit.actor))) return redirect(reply, membershipPath(territoryId, 'terms'));
    const { year, members } = await this.membership.members(territoryId, yearOf(query), visit.actor);
    const m = MEMBERSHIP_MESSAGES[visit.lang];
    const notices: Record<string, string> = { recorded: m.recorded, cancelled: m.cancelledNotice, reminded: m.reminded(Number(query.count) || 0) };
    const notice = typeof query.done === 'string' ? notices[query.done] : undefined;
    return sendPage(reply, membersPage(visit, territory, year, members, emptyForm({ paidOn: new Date().toISOString().slice(0, 10) }), notice));
  }

  @Post('payments')
  async record(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const year = yearOf(body);
    const member = memberOf(text(body.member));
    const amount = eurosToCents(body.amount);
    const input = {
      year,
      memberKind: member.kind,
      memberId: member.id,
      method: text(body.method),
      paidOn: text(body.paidOn),
      amountCents: 'value' in amount ? (amount.value ?? undefined) : text(body.amount),
      reference: text(body.reference) || undefined,
    };
    const again = async (errors: FieldErrors) => {
      const { year: shown, members } = await this.membership.members(territoryId, year, visit.actor);
      const named: FieldErrors = Object.fromEntries(
        Object.entries(errors).map(([field, message]) => [
          field === 'amountCents' ? 'amount' : field === 'memberId' || field === 'memberKind' ? 'member' : field,
          message,
        ]),
      );
      return sendPage(reply, membersPage(visit, territory, shown, members, { values: body, errors: named }), 400);
    };
    const checked = await validateForm(RecordPaymentDto, input, visit.lang);
    if (checked.errors) return again(checked.errors);
    const refused = await refusalOf(() => this.membership.recordPayment(territoryId, checked.value, visit.actor), visit.lang, 'member');
    return refused ? again(refused) : redirect(reply, `${membershipPath(territoryId)}?year=${checked.value.year}&done=recorded`);
  }

  @Post('payments/:paymentId/cancel')
  async cancel(
    @CurrentVisit() visit: Visit,
    @PageId('territoryId') territoryId: string,
    @PageId('paymentId') paymentId: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ) {
    await this.territories.assertCoordinates(territoryId, visit.actor);
    const reason = text(body.reason);
    if (!reason) return redirect(reply, membershipPath(territoryId));
    const payment = await this.membership.cancelPayment(paymentId, { reason }, visit.actor);
    return redirect(reply, `${membershipPath(territoryId)}?year=${payment.year}&done=cancelled`);
  }

  @Post('reminders')
  async remind(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    await this.territories.assertCoordinates(territoryId, visit.actor);
    const year = yearOf(body) ?? (await this.membership.members(territoryId, undefined, visit.actor)).year;
    const members = text(body.who) === 'all' ? undefined : list(body.members).map(memberOf);
    const sent = await this.membership.remind(territoryId, { year, members }, visit.actor);
    return redirect(reply, `${membershipPath(territoryId)}?year=${year}&done=reminded&count=${sent.reminded}`);
  }

  @Get('payments/:paymentId/receipt.pdf')
  @FileDownload()
  async receipt(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @PageId('paymentId') paymentId: string, @Res() reply: FastifyReply) {
    await this.territories.assertCoordinates(territoryId, visit.actor);
    const file = await this.receipts.receipt(paymentId, visit.lang, visit.actor);
    return sendPdfBody(reply, file.filename, file.body);
  }

  @Get('members.csv')
  @FileDownload()
  async csv(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const { year, members } = await this.membership.members(territoryId, yearOf(query), visit.actor);
    return sendCsv(reply, membershipCsv(year, members, visit.lang));
  }

  @Get('terms')
  async terms(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const terms = await this.membership.terms(territoryId, visit.actor);
    const notice = query.done === 'saved' ? PORTAL_MESSAGES[visit.lang].saved : undefined;
    return sendPage(reply, termsPage(visit, territory, emptyForm(termsValues(terms, (cents) => centsToEuros(cents, visit.lang))), notice));
  }

  @Post('terms')
  async saveTerms(@CurrentVisit() visit: Visit, @PageId('territoryId') territoryId: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const territory = await this.territories.assertCoordinates(territoryId, visit.actor);
    const cents = (name: string) => {
      const parsed = eurosToCents(body[name]);
      return 'value' in parsed ? (parsed.value ?? undefined) : text(body[name]);
    };
    const whole = (name: string) => {
      const parsed = wholeNumber(body[name]);
      return 'value' in parsed ? (parsed.value ?? undefined) : text(body[name]);
    };
    const translatedInput = (name: string) => ({ fr: text(body[`${name}.fr`]), ...(text(body[`${name}.en`]) ? { en: text(body[`${name}.en`]) } : {}) });
    const input = {
      yearStartsMonth: whole('yearStartsMonth'),
      producerFeeCents: cents('producerFeeCents'),
      hostFeeCents: cents('hostFeeCents'),
      charter: translatedInput('charter'),
      paymentInstructions: translatedInput('paymentInstructions'),
      lapsedPolicy: text(body.lapsedPolicy),
      graceDays: whole('graceDays'),
    };
    const checked = await validateForm(MembershipTermsDto, input, visit.lang);
    if (checked.errors) return sendPage(reply, termsPage(visit, territory, { values: body, errors: checked.errors }), 400);
    await this.membership.saveTerms(territoryId, checked.value, visit.actor);
    return redirect(reply, `${membershipPath(territoryId, 'terms')}?done=saved`);
  }
}
