import { Column } from 'typeorm';
import { TerritoryRecord } from './territory-record.entity.js';

/** A named place of a territory that visitors look up: producers and accommodations. */
export abstract class PlaceRecord extends TerritoryRecord {
  @Column()
  slug: string;

  @Column()
  name: string;

  @Column()
  address: string;

  @Column()
  postcode: string;

  @Column()
  commune: string;

  /** The commune's code in the official list (INSEE), when the place was checked against it: older records have none. */
  @Column('text', { nullable: true })
  inseeCode: string | null;

  @Column('double precision')
  latitude: number;

  @Column('double precision')
  longitude: number;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  website: string | null;

  @Column('text', { nullable: true })
  externalRef: string | null;
}
