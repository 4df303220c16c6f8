import { Module } from '@nestjs/common';
import { AccountsModule } from '#accounts';
import { AssociationModule } from '#association';
import { AuditModule } from '#audit';
import { DirectoryModule } from '#directory';
import { InsightsModule } from '#insights';
import { PassesModule } from '#passes';
import { PrintingModule } from '#printing';
import { AccountController } from './account/account.controller.js';
import { COORDINATOR_CONTROLLERS } from './coordinator/coordinator-controllers.js';
import { SEASON_CONTROLLERS } from './season/season-controllers.js';
import { FiguresPagesController } from './figures/figures.controller.js';
import { HomeController } from './home/home.controller.js';
import { HostAccommodationsController } from './host/accommodations.controller.js';
import { HostPassesController } from './host/passes.controller.js';
import { HostPrintingController } from './host/printing.controller.js';
import { NoticesPagesController } from './notices/notices.controller.js';
import { UnsubscribeController } from './notices/unsubscribe.controller.js';
import { BusinessController } from './producer/business.controller.js';
import { OffersPagesController } from './producer/offers.controller.js';
import { RedeemController } from './producer/redeem.controller.js';
import { TallyController } from './producer/tally.controller.js';
import { SignInController } from './sign-in/sign-in.controller.js';
import { SpreadsheetsPagesController } from './spreadsheets/spreadsheets.controller.js';
import { PortalGuard } from './portal.guard.js';
import { EditionsPagesController } from './editions/editions.controller.js';
import { CoordinatorMembershipController } from './membership/coordinator-membership.controller.js';
import { MemberYearPagesController } from './membership/member-pages.controller.js';
import { ImagePagesController } from './images/images.controller.js';
import { ImageSections } from './images/image-sections.js';

/** The member pages under /app: one way in, over the same domain modules as the API. */
@Module({
  imports: [DirectoryModule, AuditModule, AccountsModule, InsightsModule, PrintingModule, PassesModule, AssociationModule],
  controllers: [
    SignInController,
    HomeController,
    FiguresPagesController,
    AccountController,
    BusinessController,
    OffersPagesController,
    RedeemController,
    TallyController,
    HostAccommodationsController,
    HostPrintingController,
    HostPassesController,
    ...COORDINATOR_CONTROLLERS,
    ...SEASON_CONTROLLERS,
    SpreadsheetsPagesController,
    NoticesPagesController,
    UnsubscribeController,
    CoordinatorMembershipController,
    MemberYearPagesController,
    ImagePagesController,
    EditionsPagesController,
  ],
  providers: [PortalGuard, ImageSections],
})
export class PortalModule {}
