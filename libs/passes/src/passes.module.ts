import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '#audit';
import { ThrottleModule } from '#database';
import { DirectoryModule } from '#directory';
import { Pass } from './passes/pass.entity.js';
import { PassesRepository } from './passes/passes.repository.js';
import { PassesService } from './passes/passes.service.js';
import { Redemption } from './redemptions/redemption.entity.js';
import { RedemptionsRepository } from './redemptions/redemptions.repository.js';
import { RedemptionsService } from './redemptions/redemptions.service.js';
import { CouponsQueries } from './coupons/coupons.queries.js';
import { CouponsService } from './coupons/coupons.service.js';
import { TallyQueries } from './tally/tally.queries.js';
import { TallyService } from './tally/tally.service.js';

/** Passes for stays, and the uses of offers recorded with them. */
@Module({
  imports: [TypeOrmModule.forFeature([Pass, Redemption]), DirectoryModule, AuditModule, ThrottleModule],
  providers: [PassesRepository, PassesService, RedemptionsRepository, RedemptionsService, TallyQueries, TallyService, CouponsQueries, CouponsService],
  exports: [PassesService, RedemptionsService, TallyService, CouponsService],
})
export class PassesModule {}
