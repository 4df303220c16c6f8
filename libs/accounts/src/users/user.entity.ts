import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person who signs in. Never serialised as is: the password hash stays inside. */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  email: string;

  @Column('text', { nullable: true })
  name: string | null;

  @Column('text', { nullable: true, select: false })
  passwordHash: string | null;

  @Column()
  isPlatformAdmin: boolean;

  @Column('text')
  status: 'active' | 'suspended' | 'erased';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
