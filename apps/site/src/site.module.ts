import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { InsightsModule } from '#insights';
import { PrintingModule } from '#printing';
import { SiteController } from './site.controller.js';
import { SiteAnswers } from './site-answers.js';
import { SitePages } from './site-pages.js';
import { SiteRouter } from './site-router.js';
import { SiteVisits } from './site-visits.js';

/** The territories' public sites: a way in of its own, over the directory's read side. */
@Module({
  imports: [DirectoryModule, InsightsModule, PrintingModule],
  controllers: [SiteController],
  providers: [SitePages, SiteRouter, SiteAnswers, SiteVisits],
  // the global exception filter answers unknown addresses with the site's 404 page
  exports: [SiteRouter],
})
export class SiteModule {}
