import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '#accounts';
import { AuditModule } from '#audit';
import { DirectoryModule } from '#directory';
import { CampaignMailer } from './campaign/campaign-mailer.js';
import { CampaignService } from './campaign/campaign.service.js';
import { SeasonAnswers } from './campaign/season-answers.js';
import { Season } from './seasons/season.entity.js';
import { SeasonsService } from './seasons/seasons.service.js';

/** The association's year: membership and its fees, the season campaign, the check before printing. */
@Module({
  imports: [TypeOrmModule.forFeature([Season]), DirectoryModule, AccountsModule, AuditModule],
  providers: [SeasonsService, CampaignService, CampaignMailer, SeasonAnswers],
  exports: [SeasonsService, CampaignService],
})
export class AssociationModule {}
