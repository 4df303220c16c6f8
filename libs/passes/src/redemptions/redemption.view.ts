import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { RECORDED_VIA, type RecordedVia, type Redemption } from './redemption.entity.js';

/** One use of an offer with a pass, as the API answers it: credited to the accommodation whose pass it was. */
@ApiSchema({ name: 'Redemption' })
export class RedemptionView {
  @ApiProperty({ example: '4d5e6f70-8a9b-4c0d-9e1f-2a3b4c5d6e7f', format: 'uuid' })
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  territoryId: string;

  @ApiProperty({ example: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d', format: 'uuid', nullable: true, type: String, description: "null for a coupon's use" })
  passId: string | null;

  @ApiProperty({ example: null, nullable: true, type: String, description: "The coupon's serial, for a coupon's use" })
  couponSerial: string | null;

  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The edition that brought the use (its pass’s or its coupon’s), if any',
  })
  editionId: string | null;

  @ApiProperty({ example: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', format: 'uuid' })
  offerId: string;

  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  producerId: string;

  @ApiProperty({ example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a', format: 'uuid', description: 'The accommodation (and so the host) whose pass it was' })
  accommodationId: string;

  @ApiProperty({ example: '2026-07-14', format: 'date', description: "The day of the use, in the territory's time zone" })
  redeemedOn: string;

  @ApiProperty({ example: 2350, nullable: true, type: 'integer', description: 'Purchase declared by the producer, in cents' })
  amountCents: number | null;

  @ApiProperty({ example: '5d2c1b0a-9e8f-4d7c-8b6a-5f4e3d2c1b0a', format: 'uuid', nullable: true, type: String })
  recordedBy: string | null;

  @ApiProperty({
    example: 'phone',
    enum: RECORDED_VIA,
    description: 'How the use was recorded: at the counter (its day is the day it was recorded), from a tally sheet or a coupon (the day written on it)',
  })
  recordedVia: RecordedVia;

  @ApiProperty({ example: null, nullable: true, type: String, format: 'date-time' })
  voidedAt: Date | null;

  @ApiProperty({ example: null, nullable: true, type: String, format: 'uuid' })
  voidedBy: string | null;

  @ApiProperty({ example: '2026-07-14T10:32:00.000Z' })
  createdAt: Date;
}

export function redemptionView(redemption: Redemption): RedemptionView {
  return {
    id: redemption.id,
    territoryId: redemption.territoryId,
    passId: redemption.passId,
    couponSerial: redemption.couponSerial,
    editionId: redemption.editionId,
    offerId: redemption.offerId,
    producerId: redemption.producerId,
    accommodationId: redemption.accommodationId,
    redeemedOn: redemption.redeemedOn,
    amountCents: redemption.amountCents,
    recordedBy: redemption.recordedBy,
    recordedVia: redemption.recordedVia,
    voidedAt: redemption.voidedAt,
    voidedBy: redemption.voidedBy,
    createdAt: redemption.createdAt,
  };
}
