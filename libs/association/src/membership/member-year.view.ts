import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language, type TranslatedText, translatedTextSchema } from '#common';
import {
  LAPSED_POLICIES,
  MEMBER_KINDS,
  MEMBER_YEAR_STATUSES,
  PAYMENT_METHODS,
  type LapsedPolicy,
  type MemberKind,
  type MemberYearStatus,
  type PaymentMethod,
} from './member-year.js';

const CHARTER_EXAMPLE = { fr: 'Je m’engage à accueillir les visiteurs du pass.', en: 'I undertake to welcome pass holders.' };
const PAY_EXAMPLE = { fr: 'Chèque à l’ordre de l’association.', en: 'Cheque made out to the association.' };

export class MembershipTermsView {
  @ApiProperty({ format: 'uuid', example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69' })
  territoryId: string;

  @ApiProperty({ type: 'integer', example: 1 })
  yearStartsMonth: number;

  @ApiProperty({ type: 'integer', example: 3000 })
  producerFeeCents: number;

  @ApiProperty({ type: 'integer', example: 2000 })
  hostFeeCents: number;

  @ApiProperty(translatedTextSchema(CHARTER_EXAMPLE))
  charter: TranslatedText;

  @ApiProperty(translatedTextSchema(PAY_EXAMPLE))
  paymentInstructions: TranslatedText;

  @ApiProperty({ enum: LAPSED_POLICIES, example: 'hide' })
  lapsedPolicy: LapsedPolicy;

  @ApiProperty({ type: 'integer', example: 60 })
  graceDays: number;

  @ApiProperty({ type: 'integer', example: 2026, description: 'the membership year under way' })
  currentYear: number;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-03-02T10:15:00.000Z' })
  updatedAt: Date;
}

export class PaymentView {
  @ApiProperty({ format: 'uuid', example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69' })
  id: string;

  @ApiProperty({ type: 'integer', example: 2026 })
  year: number;

  @ApiProperty({ example: '2026-0007', description: 'the receipt number: year and sequence, per territory' })
  receiptNumber: string;

  @ApiProperty({ enum: MEMBER_KINDS, example: 'producer' })
  memberKind: MemberKind;

  @ApiProperty({ format: 'uuid', example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', description: 'the producer’s id, or the host’s membership id' })
  memberId: string;

  @ApiProperty({ enum: PAYMENT_METHODS, example: 'cheque' })
  method: PaymentMethod;

  @ApiProperty({ example: '2026-03-02' })
  paidOn: string;

  @ApiProperty({ type: 'integer', example: 3000 })
  amountCents: number;

  @ApiProperty({ type: String, nullable: true, example: 'Chèque n° 1234567' })
  reference: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-03-02T10:15:00.000Z' })
  recordedAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-03-02T10:15:00.000Z' })
  cancelledAt: Date | null;

  @ApiProperty({ type: String, nullable: true, example: 'Saisi deux fois' })
  cancelReason: string | null;
}

/** A member's membership of one year, with its payments. */
export class MemberYearView {
  @ApiProperty({ enum: MEMBER_KINDS, example: 'producer' })
  kind: MemberKind;

  @ApiProperty({ format: 'uuid', example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', description: 'the producer’s id, or the host’s membership id' })
  memberId: string;

  @ApiProperty({ example: 'Chèvrerie des Trois Chênes' })
  name: string;

  @ApiProperty({ type: String, nullable: true, example: 'Gîte des Tilleuls, Chambres du Moulin', description: 'a host’s accommodations' })
  detail: string | null;

  @ApiProperty({ type: 'integer', example: 2026 })
  year: number;

  @ApiProperty({ enum: MEMBER_YEAR_STATUSES, example: 'charter_accepted' })
  status: MemberYearStatus;

  @ApiProperty({ example: true })
  charterAccepted: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-03-02T10:15:00.000Z' })
  charterAcceptedAt: Date | null;

  @ApiProperty({ example: false })
  paid: boolean;

  @ApiProperty({ example: false })
  active: boolean;

  @ApiProperty({ example: false, description: 'lapsed under a policy that withholds its offers from tourists and print' })
  offersWithheld: boolean;

  @ApiProperty({ type: 'integer', example: 3000 })
  feeCents: number;

  @ApiProperty({ type: 'integer', example: 0, description: 'payments not cancelled' })
  paidCents: number;

  @ApiProperty({ enum: LANGUAGES, example: 'fr' })
  lang: Language;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-03-02T10:15:00.000Z' })
  remindedAt: Date | null;

  @ApiProperty({ type: [PaymentView] })
  payments: PaymentView[];
}

/** What a member reads about its own year: its standing, the charter, the fee and how to pay. */
export class OwnMemberYearView extends MemberYearView {
  @ApiProperty(translatedTextSchema(CHARTER_EXAMPLE))
  charter: TranslatedText;

  @ApiProperty(translatedTextSchema(PAY_EXAMPLE))
  paymentInstructions: TranslatedText;

  @ApiProperty({ enum: LAPSED_POLICIES, example: 'hide' })
  lapsedPolicy: LapsedPolicy;
}

export class RemindersSentView {
  @ApiProperty({ type: 'integer', example: 2, description: 'members reminded' })
  reminded: number;

  @ApiProperty({ type: 'integer', example: 3, description: 'mails queued' })
  mails: number;
}
