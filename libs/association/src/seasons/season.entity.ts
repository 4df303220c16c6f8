import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One season of a territory ("Saison 2027"): the dates its offers are valid for and the day its
 * brochures go to print. A season is open from the coordinator's opening to its closing; a
 * territory has at most one open season (the campaign under way).
 */
@Entity('seasons')
export class Season {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  territoryId: string;

  @Column('text')
  name: string;

  @Column('date')
  startsOn: string;

  @Column('date')
  endsOn: string;

  @Column('date')
  printDeadline: string;

  @CreateDateColumn({ type: 'timestamptz' })
  openedAt: Date;

  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;
}
