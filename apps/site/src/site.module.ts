import { Module } from '@nestjs/common';
import { AccountsModule } from '#accounts';
import { DirectoryModule } from '#directory';
import { PrintingModule } from '#printing';
import { JoinUs } from './join/join-us.js';
import { SiteController } from './site.controller.js';
import { SitePages } from './site-pages.js';
import { SiteRouter } from './site-router.js';

/** The territories' public sites: a way in of its own, over the directory's read side (and the accounts' join requests). */
@Module({
  imports: [DirectoryModule, PrintingModule, AccountsModule],
  controllers: [SiteController],
  providers: [SitePages, SiteRouter, JoinUs],
  // the global exception filter answers unknown addresses with the site's 404 page
  exports: [SiteRouter],
})
export class SiteModule {}
