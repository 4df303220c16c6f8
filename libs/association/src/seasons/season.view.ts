import { ApiProperty } from '@nestjs/swagger';
import type { Season } from './season.entity.js';

export class SeasonView {
  @ApiProperty({ format: 'uuid', example: '5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d' })
  id: string;

  @ApiProperty({ format: 'uuid', example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90' })
  territoryId: string;

  @ApiProperty({ example: 'Saison 2027' })
  name: string;

  @ApiProperty({ format: 'date', example: '2027-04-01' })
  startsOn: string;

  @ApiProperty({ format: 'date', example: '2027-10-31' })
  endsOn: string;

  @ApiProperty({ format: 'date', example: '2027-02-28' })
  printDeadline: string;

  @ApiProperty({ example: '2026-11-30T09:00:00.000Z' })
  openedAt: Date;

  @ApiProperty({ nullable: true, type: Date, example: null })
  closedAt: Date | null;
}

export const seasonView = (s: Season): SeasonView => ({
  id: s.id,
  territoryId: s.territoryId,
  name: s.name,
  startsOn: s.startsOn,
  endsOn: s.endsOn,
  printDeadline: s.printDeadline,
  openedAt: s.openedAt,
  closedAt: s.closedAt,
});

export class SeasonOpenedView extends SeasonView {
  @ApiProperty({ example: 14, description: 'producers taking part' })
  producers: number;

  @ApiProperty({ example: 12, description: 'personal links mailed (producers with an e-mail, when a mail server is configured)' })
  mailed: number;
}
