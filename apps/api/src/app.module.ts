import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigModule, type AppConfig } from '#common';
import { AccountsModule } from '#accounts';
import { AssociationModule } from '#association';
import { AuditModule } from '#audit';
import { InsightsModule } from '#insights';
import { PrintingModule } from '#printing';
import { PassesModule } from '#passes';
import { DatabaseModule } from '#database';
import { DemoModule } from '#demo';
import { DirectoryModule } from '#directory';
import { AccommodationsController } from './directory/accommodations.controller.js';
import { CategoriesController } from './directory/categories.controller.js';
import { OffersController } from './directory/offers.controller.js';
import { OpenDataController } from './directory/open-data.controller.js';
import { ProducersController } from './directory/producers.controller.js';
import { TerritoriesController } from './directory/territories.controller.js';
import { BaseLayersController } from './directory/base-layers.controller.js';
import { SpreadsheetsController } from './directory/spreadsheets.controller.js';
import { ImagesController } from './directory/images.controller.js';
import { PublicImagesController } from './directory/public-images.controller.js';
import { HealthController } from './health/health.controller.js';
import { EditionsController } from './insights/editions.controller.js';
import { FiguresController } from './insights/figures.controller.js';
import { ImpactReportsController } from './insights/impact-reports.controller.js';
import { MembershipController } from './association/membership.controller.js';
import { AuditController } from './accounts/audit.controller.js';
import { AuthController } from './accounts/auth.controller.js';
import { MembersController } from './accounts/members.controller.js';
import { JoinRequestsController } from './accounts/join-requests.controller.js';
import { PrivacyController } from './accounts/privacy.controller.js';
import { SeasonsController } from './association/seasons.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { LastGoodPages } from './pages/last-good-pages.js';
import { PageCache } from './pages/page-cache.js';
import { PageDelivery } from './pages/page-delivery.js';
import { AccommodationPages } from './pages/accommodation-pages.js';
import { TouristPagesController } from './pages/tourist-pages.controller.js';
import { BrochuresController } from './printing/brochures.controller.js';
import { QrController } from './printing/qr.controller.js';
import { PrintCheckController } from './printing/print-check.controller.js';
import { PassesController } from './passes/passes.controller.js';
import { CouponsController } from './passes/coupons.controller.js';
import { TallyController } from './passes/tally.controller.js';
// The member pages are their own way in; this server mounts them beside the API and the tourist pages.
import { PortalModule } from '../../portal/src/portal.module.js';
// So is the public site, which answers `/` and every address nothing else serves.
import { SiteModule } from '../../site/src/site.module.js';

/** The HTTP way in: REST under /api/v1, the tourists' pages, the members' pages under /app, the public site, health checks. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url: databaseUrl, poolSize: config.databasePoolSize, readUrl: config.databaseReadUrl }),
        DirectoryModule,
        AuditModule,
        AccountsModule,
        AssociationModule,
        InsightsModule,
        PrintingModule,
        PassesModule,
        DemoModule,
        PortalModule,
        SiteModule,
      ],
      controllers: [
        HealthController,
        AuthController,
        TerritoriesController,
        BaseLayersController,
        MembersController,
        JoinRequestsController,
        SeasonsController,
        AuditController,
        PrivacyController,
        ProducersController,
        AccommodationsController,
        OffersController,
        CategoriesController,
        OpenDataController,
        SpreadsheetsController,
        ImagesController,
        PublicImagesController,
        QrController,
        BrochuresController,
        PrintCheckController,
        PassesController,
        TallyController,
        CouponsController,
        FiguresController,
        ImpactReportsController,
        EditionsController,
        MembershipController,
        TouristPagesController,
      ],
      providers: [{ provide: APP_GUARD, useClass: AuthGuard }, PageCache, LastGoodPages, PageDelivery, AccommodationPages],
    };
  }
}
