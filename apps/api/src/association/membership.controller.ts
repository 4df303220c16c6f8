import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  AcceptCharterDto,
  CancelPaymentDto,
  MEMBERSHIP_REFUSALS,
  membershipCsv,
  MembershipService,
  MembershipTermsDto,
  MembershipTermsView,
  MembershipYearQueryDto,
  MemberYearView,
  OwnMemberYearView,
  PaymentView,
  RecordPaymentDto,
  RemindersSentView,
  SendRemindersDto,
} from '#association';
import { type Actor, invalidField, refusal, withRefusal } from '#common';
import { ReceiptsService } from '#printing';
import { CurrentActor, sendCsv, sendPdfBody } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';
import { IdParam } from '../shared/id-param.js';

const PaymentIdParam = () => Param('paymentId', new ParseUUIDPipe({ exceptionFactory: () => invalidField('paymentId', 'paymentId must be a UUID') }));
const DocumentedPaymentId = () =>
  ApiParam({ name: 'paymentId', format: 'uuid', example: '7a2d9c4e-1b3f-4e5a-8c6d-2f1e0b9a8c7d', description: 'The membership payment' });

/** Nothing to answer where the territory does not manage membership. */
function managed<T>(found: T | undefined): T {
  if (found === undefined) throw withRefusal(new NotFoundException('No membership terms'), refusal(MEMBERSHIP_REFUSALS, 'no_membership_terms'));
  return found;
}

/** The association's members ("adhésions"): terms, the year's members, payments, receipts, reminders. */
@ApiErrors(401, 403, 404, 503)
@ApiTags('membership')
@Controller('api/v1')
export class MembershipController {
  constructor(
    private readonly membership: MembershipService,
    private readonly receipts: ReceiptsService,
  ) {}

  @Get('territories/:id/membership/terms')
  @ApiOperation({
    summary: "The territory's membership terms: year, fees, charter, how to pay, what lapsing means (coordinators; 404 when it manages no membership)",
  })
  @ApiOkResponse({ type: MembershipTermsView })
  async terms(@IdParam() territoryId: string, @CurrentActor() actor: Actor) {
    return managed(await this.membership.terms(territoryId, actor));
  }

  @Put('territories/:id/membership/terms')
  @ApiOperation({ summary: 'Sets the membership terms: from then on the territory manages membership (coordinators)' })
  @ApiOkResponse({ type: MembershipTermsView })
  @ApiErrors(400, 413, 415)
  saveTerms(@IdParam() territoryId: string, @Body() dto: MembershipTermsDto, @CurrentActor() actor: Actor) {
    return this.membership.saveTerms(territoryId, dto, actor);
  }

  @Get('territories/:id/membership/members')
  @ApiOperation({ summary: "The year's members with their standing and payments (coordinators)" })
  @ApiOkResponse({ type: [MemberYearView] })
  @ApiErrors(400)
  async members(@IdParam() territoryId: string, @Query() query: MembershipYearQueryDto, @CurrentActor() actor: Actor) {
    return (await this.membership.members(territoryId, query.year, actor)).members;
  }

  @Get('territories/:id/membership/members.csv')
  @ApiOperation({ summary: 'The year for the treasurer: one line per payment, CSV for French Excel (semicolons, UTF-8 with BOM) (coordinators)' })
  @ApiFileResponse('text/csv', 'The year as a CSV download')
  @ApiErrors(400)
  async csv(@IdParam() territoryId: string, @Query() query: MembershipYearQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const { year, members } = await this.membership.members(territoryId, query.year, actor);
    return sendCsv(reply, membershipCsv(year, members, 'fr'));
  }

  @Post('territories/:id/membership/payments')
  @ApiOperation({ summary: 'Records a payment received (cash, cheque, transfer), numbered per territory and year (coordinators)' })
  @ApiCreatedResponse({ type: PaymentView })
  @ApiErrors(400, 413, 415)
  recordPayment(@IdParam() territoryId: string, @Body() dto: RecordPaymentDto, @CurrentActor() actor: Actor) {
    return this.membership.recordPayment(territoryId, dto, actor);
  }

  @Post('territories/:id/membership/reminders')
  @HttpCode(200)
  @ApiOperation({ summary: "Mails a reminder to the year's members not renewed, all or those named, each in its language (coordinators)" })
  @ApiOkResponse({ type: RemindersSentView })
  @ApiErrors(400, 413, 415)
  remind(@IdParam() territoryId: string, @Body() dto: SendRemindersDto, @CurrentActor() actor: Actor) {
    return this.membership.remind(territoryId, dto, actor);
  }

  @Post('membership-payments/:paymentId/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancels a payment with a reason; it is kept, with its number (coordinators)' })
  @DocumentedPaymentId()
  @ApiOkResponse({ type: PaymentView })
  @ApiErrors(400, 409, 413, 415)
  cancel(@PaymentIdParam() paymentId: string, @Body() dto: CancelPaymentDto, @CurrentActor() actor: Actor) {
    return this.membership.cancelPayment(paymentId, dto, actor);
  }

  @Get('membership-payments/:paymentId/receipt.pdf')
  @ApiOperation({ summary: "A payment's receipt (coordinators, and the member who paid)" })
  @DocumentedPaymentId()
  @ApiFileResponse('application/pdf', 'The receipt as a PDF download')
  @ApiErrors(400)
  async receipt(@PaymentIdParam() paymentId: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const file = await this.receipts.receipt(paymentId, 'fr', actor);
    return sendPdfBody(reply, file.filename, file.body);
  }

  @Get('producers/:id/membership')
  @ApiOperation({
    summary:
      "A producer's membership of the year: standing, charter, fee, how to pay (its people and coordinators; 404 when its territory manages no membership)",
  })
  @ApiOkResponse({ type: OwnMemberYearView })
  @ApiErrors(400)
  async producerYear(@IdParam() producerId: string, @Query() query: MembershipYearQueryDto, @CurrentActor() actor: Actor) {
    return managed(await this.membership.producerYear(producerId, query.year, actor));
  }

  @Post('producers/:id/membership/charter')
  @HttpCode(200)
  @ApiOperation({ summary: "The producer accepts the year's charter (its own people only)" })
  @ApiOkResponse({ type: OwnMemberYearView })
  @ApiErrors(400, 413, 415)
  acceptCharter(@IdParam() producerId: string, @Body() dto: AcceptCharterDto, @CurrentActor() actor: Actor) {
    return this.membership.acceptCharter({ kind: 'producer', id: producerId }, dto, actor);
  }
}
