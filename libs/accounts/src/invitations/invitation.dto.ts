import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Role } from '#common';
import { ROLES } from '../memberships/membership.entity.js';

export class InviteDto {
  @ApiProperty({ example: 'marie@ferme-des-brandes.test', maxLength: 200, format: 'email' })
  @IsEmail()
  @MaxLength(200)
  email: string;

  @ApiProperty({ example: 'producer', enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid', description: 'The producer business (role producer only)' })
  @IsOptional()
  @IsUUID()
  producerId?: string;

  @ApiPropertyOptional({ example: ['7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a'], description: 'The accommodations the host runs (role host only)', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  accommodationIds?: string[];

  @ApiPropertyOptional({ example: 'Marie Bonnet', maxLength: 120 })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;
}

export class MemberView {
  @ApiProperty({ example: 'c0ffee00-1234-4abc-8def-0123456789ab', format: 'uuid', description: 'The membership' })
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  territoryId: string;

  @ApiProperty({ example: '5d2c1b0a-9e8f-4d7c-8b6a-5f4e3d2c1b0a', format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'marie@ferme-des-brandes.test' })
  email: string;

  @ApiProperty({ example: 'Marie Bonnet', nullable: true, type: String })
  name: string | null;

  @ApiProperty({ example: 'producer', enum: ROLES })
  role: Role;

  @ApiProperty({ example: 'invited', enum: ['invited', 'active', 'suspended'] })
  status: string;

  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', nullable: true, type: String })
  producerId: string | null;

  @ApiProperty({ example: [], type: [String] })
  accommodationIds: string[];

  @ApiProperty({ example: '2026-03-01T09:00:00.000Z' })
  createdAt: Date;

  @ApiProperty({ example: '2026-03-02T10:30:00.000Z' })
  updatedAt: Date;
}

export class LinkView {
  @ApiProperty({
    example: 'http://localhost:3000/invitations/q8Zt2m0Vw6n1Xr4b7Yc9Ld3Kf5Hj8Pg2Ts6Uv0Wx4Ya',
    nullable: true,
    type: String,
    description: 'Handed back only when no mail server is configured; otherwise it was e-mailed',
  })
  url: string | null;

  @ApiProperty({ example: true, description: 'Whether the link was e-mailed' })
  mailed: boolean;

  @ApiProperty({ example: '2026-03-08T09:00:00.000Z' })
  expiresAt: Date;
}

export class InvitationView {
  @ApiProperty({ type: MemberView })
  member: MemberView;

  @ApiProperty({ type: LinkView })
  invitation: LinkView;
}
