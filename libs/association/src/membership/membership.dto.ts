import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsCalendarDate, LANGUAGES, type Language, Optional, QueryInteger, translatedText } from '#common';
import { LAPSED_POLICIES, MEMBER_KINDS, PAYMENT_METHODS, type LapsedPolicy, type MemberKind, type PaymentMethod } from './member-year.js';

const Charter = translatedText('MembershipCharter', 20_000, {
  fr: 'Je m’engage à accueillir les visiteurs du pass et à tenir mes offres à jour.',
  en: 'I undertake to welcome pass holders and to keep my offers up to date.',
});
const PaymentInstructions = translatedText('PaymentInstructions', 2_000, {
  fr: 'Virement à l’association, IBAN FR76 …, ou chèque à l’ordre de l’association.',
  en: 'Transfer to the association, IBAN FR76 …, or a cheque made out to the association.',
});

/** A territory's membership terms (coordinators): with them, the territory manages membership. */
export class MembershipTermsDto {
  @ApiProperty({ type: 'integer', example: 1, minimum: 1, maximum: 12, description: 'the month the membership year starts in (1: the calendar year)' })
  @IsInt()
  @Min(1)
  @Max(12)
  yearStartsMonth: number;

  @ApiProperty({ type: 'integer', example: 3000, minimum: 0, description: 'the yearly fee of a producer business, in cents (EUR); 0: no fee' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  producerFeeCents: number;

  @ApiProperty({ type: 'integer', example: 2000, minimum: 0, description: 'the yearly fee of a host, in cents (EUR); 0: no fee' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  hostFeeCents: number;

  @ApiProperty({ type: Charter, description: 'the charter every member accepts each year' })
  @ValidateNested()
  @Type(() => Charter)
  @IsNotEmpty()
  charter: InstanceType<typeof Charter>;

  @ApiProperty({ type: PaymentInstructions, description: 'who to pay and how: IBAN, the order of cheques' })
  @ValidateNested()
  @Type(() => PaymentInstructions)
  @IsNotEmpty()
  paymentInstructions: InstanceType<typeof PaymentInstructions>;

  @ApiProperty({ enum: LAPSED_POLICIES, example: 'hide', description: 'hide: a lapsed producer’s offers are not shown nor printed; flag: only flagged' })
  @IsIn(LAPSED_POLICIES)
  lapsedPolicy: LapsedPolicy;

  @ApiProperty({
    type: 'integer',
    example: 60,
    minimum: 0,
    maximum: 365,
    description: 'days after the start of the year before a membership not renewed lapses',
  })
  @IsInt()
  @Min(0)
  @Max(365)
  graceDays: number;
}

/** The membership year asked for; the current one by default. */
export class MembershipYearQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 2026, minimum: 2000, maximum: 2200, description: 'the membership year (default: the current one)' })
  @Optional()
  @QueryInteger()
  @Min(2000)
  @Max(2200)
  year?: number;
}

/** A member accepts the year's charter (only the member itself). */
export class AcceptCharterDto {
  @ApiProperty({ type: 'integer', example: 2026, minimum: 2000, maximum: 2200 })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;

  @ApiProperty({ enum: [true], example: true, description: 'the member has read and accepts the charter' })
  @IsIn([true], { message: 'accepted must be true: the charter is accepted, or nothing is recorded' })
  accepted: true;

  @ApiPropertyOptional({ enum: LANGUAGES, example: 'fr', description: 'the language the member reads (its reminders are written in it)' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

/** A payment received by the coordinator (cash, cheque or transfer): no online payment. */
export class RecordPaymentDto {
  @ApiProperty({ type: 'integer', example: 2026, minimum: 2000, maximum: 2200 })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;

  @ApiProperty({ enum: MEMBER_KINDS, example: 'producer' })
  @IsIn(MEMBER_KINDS)
  memberKind: MemberKind;

  @ApiProperty({ format: 'uuid', example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', description: 'the producer’s id, or the host’s membership id' })
  @IsUUID()
  memberId: string;

  @ApiProperty({ enum: PAYMENT_METHODS, example: 'cheque' })
  @IsIn(PAYMENT_METHODS)
  method: PaymentMethod;

  @ApiProperty({ example: '2026-03-02', description: 'the day it was paid' })
  @IsCalendarDate()
  paidOn: string;

  @ApiProperty({ type: 'integer', example: 3000, minimum: 1, description: 'in cents (EUR)' })
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  amountCents: number;

  @ApiPropertyOptional({ example: 'Chèque n° 1234567', maxLength: 120, description: 'the cheque’s number, the transfer’s label' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  reference?: string;
}

export class CancelPaymentDto {
  @ApiProperty({ example: 'Chèque refusé par la banque', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

class ReminderTarget {
  @ApiProperty({ enum: MEMBER_KINDS, example: 'producer' })
  @IsIn(MEMBER_KINDS)
  kind: MemberKind;

  @ApiProperty({ format: 'uuid', example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69' })
  @IsUUID()
  id: string;
}

/** Reminders to members who have not renewed: all of them, or those named. */
export class SendRemindersDto {
  @ApiProperty({ type: 'integer', example: 2026, minimum: 2000, maximum: 2200 })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;

  @ApiPropertyOptional({ type: [ReminderTarget], description: 'only these members (default: every member not active)' })
  @ValidateIf((dto: SendRemindersDto) => dto.members !== undefined)
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ReminderTarget)
  members?: ReminderTarget[];
}
