import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../memberships/membership.entity.js';

export class MyMembership {
  @ApiProperty({ example: 'c0ffee00-1234-4abc-8def-0123456789ab', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'producer', enum: ROLES })
  role: string;

  @ApiProperty({ example: 'active', enum: ['invited', 'active', 'suspended'] })
  status: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  territoryId: string;

  @ApiProperty({ example: 'Les Bons Plans de Gâtine' })
  territoryName: string;

  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', nullable: true, type: String })
  producerId: string | null;

  @ApiProperty({ example: ['7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a'], type: [String] })
  accommodationIds: string[];
}

export class Me {
  @ApiProperty({ example: '5d2c1b0a-9e8f-4d7c-8b6a-5f4e3d2c1b0a', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'producer@demo.test' })
  email: string;

  @ApiProperty({ example: 'Marie Bonnet', nullable: true, type: String })
  name: string | null;

  @ApiProperty({ example: false })
  isPlatformAdmin: boolean;

  @ApiProperty({ type: [MyMembership] })
  memberships: MyMembership[];
}
