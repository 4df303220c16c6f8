import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '../../../common/src/index.js';

/** The tenant: one association, its members and its settings. */
@Entity('territories')
export class Territory {
  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid', description: 'Same as id: a territory is its own tenant' })
  territoryId: string;

  @ApiProperty({ example: 'gatine' })
  @Column()
  slug: string;

  @ApiProperty({ example: 'q7r2x9cd', description: 'Permanent short code of its QR code: survives a rename' })
  @Column({ default: () => 'tp_short_code(8)', update: false })
  code: string;

  @ApiProperty({ example: 'Bons plans de Gâtine' })
  @Column()
  name: string;

  @ApiProperty({ example: ['fr', 'en'], isArray: true, enum: ['fr', 'en', 'nl', 'de'] })
  @Column('text', { array: true })
  languages: Language[];

  @ApiProperty({ example: 'Europe/Paris', description: 'IANA time zone: decides "today" and "open now"' })
  @Column()
  timeZone: string;

  @ApiProperty({ example: 'contact@gatine-bonsplans.fr', nullable: true })
  @Column('text', { nullable: true })
  contactEmail: string | null;

  @ApiProperty({ example: '+33 5 49 00 00 00', nullable: true })
  @Column('text', { nullable: true })
  contactPhone: string | null;

  @ApiProperty({ example: 'https://gatine-bonsplans.fr', nullable: true })
  @Column('text', { nullable: true })
  website: string | null;

  @ApiProperty({ example: 'https://gatine-bonsplans.fr/logo.png', nullable: true })
  @Column('text', { nullable: true })
  logoUrl: string | null;

  @ApiProperty({ example: '#2f6b3a', nullable: true })
  @Column('text', { nullable: true })
  primaryColor: string | null;

  @ApiProperty({ example: '#e8b23a', nullable: true })
  @Column('text', { nullable: true })
  secondaryColor: string | null;

  @ApiProperty({ example: false, description: 'Whether a coordinator must approve offers before they are published' })
  @Column()
  offersNeedReview: boolean;

  @ApiProperty({ example: false, description: "Whether tourists may take a pass themselves from an accommodation's page" })
  @Column({ default: false })
  selfServicePasses: boolean;

  @ApiProperty({ example: ['Région Nouvelle-Aquitaine', 'Communauté de communes de Parthenay-Gâtine'], type: [String], description: "The association's funders, named on the brochure's back page" })
  @Column('jsonb', { default: () => "'[]'" })
  funders: string[];

  @ApiProperty({ example: '2026-03-01T09:00:00.000Z' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ApiProperty({ example: '2026-03-02T10:30:00.000Z' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  toJSON() {
    return { ...this, territoryId: this.id };
  }
}
