import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { PrintingModule } from '#printing';
import { SiteController } from './site.controller.js';
import { SitePages } from './site-pages.js';

/** The territories' public sites: a way in of its own, over the directory's read side. */
@Module({
  imports: [DirectoryModule, PrintingModule],
  controllers: [SiteController],
  providers: [SitePages],
})
export class SiteModule {}
