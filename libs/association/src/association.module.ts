import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '#accounts';
import { AuditModule } from '#audit';
import { DirectoryModule } from '#directory';
import { CampaignMailer } from './campaign/campaign-mailer.js';
import { CampaignService } from './campaign/campaign.service.js';
import { SeasonAnswers } from './campaign/season-answers.js';
import { InsightsModule } from '#insights';
import { Clock, SystemClock } from './digests/clock.js';
import { DigestScheduler } from './digests/digest-scheduler.worker.js';
import { OffersEndingSends } from './digests/offers-ending.sends.js';
import { WeeklyDigestSends } from './digests/weekly-digest.sends.js';
import { MembershipService } from './membership/membership.service.js';
import { Season } from './seasons/season.entity.js';
import { SeasonsService } from './seasons/seasons.service.js';

/** The association's year: membership and its fees, the season campaign, the check before printing. */
@Module({
  imports: [TypeOrmModule.forFeature([Season]), DirectoryModule, AccountsModule, AuditModule, InsightsModule],
  providers: [
    SeasonsService,
    CampaignService,
    CampaignMailer,
    SeasonAnswers,
    MembershipService,
    { provide: Clock, useClass: SystemClock },
    OffersEndingSends,
    WeeklyDigestSends,
    DigestScheduler,
  ],
  exports: [SeasonsService, CampaignService, MembershipService, DigestScheduler],
})
export class AssociationModule {}
