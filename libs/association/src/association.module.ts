import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '#accounts';
import { AuditModule } from '#audit';
import { DirectoryModule } from '#directory';
import { MembershipService } from './membership/membership.service.js';
import { Season } from './seasons/season.entity.js';

/** The association's year: membership and its fees, the season campaign, the check before printing. */
@Module({
  imports: [TypeOrmModule.forFeature([Season]), DirectoryModule, AccountsModule, AuditModule],
  providers: [MembershipService],
  exports: [MembershipService],
})
export class AssociationModule {}
