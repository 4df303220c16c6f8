import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../audit/src/index.js';
import { ThrottleModule } from '../../database/src/index.js';
import { DirectoryModule } from '../../directory/src/index.js';
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
