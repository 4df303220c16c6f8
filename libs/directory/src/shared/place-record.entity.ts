import { ApiProperty } from '@nestjs/swagger';
import { Column } from 'typeorm';
import { TerritoryRecord } from './territory-record.entity.js';

/** A named place of a territory that visitors look up: producers and accommodations. */
export abstract class PlaceRecord extends TerritoryRecord {
  @ApiProperty({ example: 'ferme-du-chemin-creux' })
  @Column()
  slug: string;

  @ApiProperty({ example: 'Ferme du Chemin Creux' })
  @Column()
  name: string;

  @ApiProperty({ example: '12 route de la Boissière' })
  @Column()
  address: string;

  @ApiProperty({ example: '79200' })
  @Column()
  postcode: string;

  @ApiProperty({ example: 'Parthenay' })
  @Column()
  commune: string;

  @ApiProperty({ example: 46.6486 })
  @Column('double precision')
  latitude: number;

  @ApiProperty({ example: -0.2472 })
  @Column('double precision')
  longitude: number;

  @ApiProperty({ example: '+33 5 49 64 00 00', nullable: true })
  @Column('text', { nullable: true })
  phone: string | null;

  @ApiProperty({ example: 'bonjour@chemin-creux.fr', nullable: true })
  @Column('text', { nullable: true })
  email: string | null;

  @ApiProperty({ example: 'https://chemin-creux.fr', nullable: true })
  @Column('text', { nullable: true })
  website: string | null;

  @ApiProperty({ example: 'SIT-79-0042', nullable: true, description: "The coordinator's own reference (unique in the territory): how a spreadsheet import finds the record" })
  @Column('text', { nullable: true })
  externalRef: string | null;
}

/** The distance added to list items when a list is asked `near` a point. */
export const DISTANCE_PROPERTY = { example: 3.42, required: false, description: 'Distance from `near` in km, when `near` was given' } as const;
