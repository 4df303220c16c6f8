import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '#audit';
import { ThrottleModule } from '#database';
import { DirectoryModule } from '#directory';
import { Pass } from './passes/pass.entity.js';
import { PassesService } from './passes/passes.service.js';
import { Redemption } from './redemptions/redemption.entity.js';
import { RedemptionsService } from './redemptions/redemptions.service.js';

/** Passes for stays, and the uses of offers recorded with them. */
@Module({
  imports: [TypeOrmModule.forFeature([Pass, Redemption]), DirectoryModule, AuditModule, ThrottleModule],
  providers: [PassesService, RedemptionsService],
  exports: [PassesService, RedemptionsService],
})
export class PassesModule {}
