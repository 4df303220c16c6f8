import { Module } from '@nestjs/common';
import { AccountsModule } from '#accounts';
import { DirectoryModule } from '#directory';
import { InsightsModule } from '#insights';
import { PrintingModule } from '#printing';
import { JoinUs } from './join/join-us.js';
import { SiteController } from './site.controller.js';
import { SiteAnswers } from './site-answers.js';
import { SitePages } from './site-pages.js';
import { SiteRouter } from './site-router.js';
import { SiteVisits } from './site-visits.js';

/** The territories' public sites: a way in of its own, over the directory's read side (and the accounts' join requests). */
@Module({
  imports: [DirectoryModule, InsightsModule, PrintingModule, AccountsModule],
  controllers: [SiteController],
  providers: [SitePages, SiteRouter, SiteAnswers, SiteVisits, JoinUs],
  // the global exception filter answers unknown addresses with the site's 404 page
  exports: [SiteRouter],
})
export class SiteModule {}
