import { AccountController } from './account/account.controller.js';
import { COORDINATOR_CONTROLLERS } from './coordinator/coordinator-controllers.js';
import { FiguresPagesController } from './figures/figures.controller.js';
import { HomeController } from './home/home.controller.js';
import { HostAccommodationsController } from './host/accommodations.controller.js';
import { HostPassesController } from './host/passes.controller.js';
import { HostPrintingController } from './host/printing.controller.js';
import { BusinessController } from './producer/business.controller.js';
import { OffersPagesController } from './producer/offers.controller.js';
import { RedeemController } from './producer/redeem.controller.js';
import { SignInController } from './sign-in/sign-in.controller.js';
import { SpreadsheetsPagesController } from './spreadsheets/spreadsheets.controller.js';

/** Every controller of the member pages (registered by the AppModule). */
export const PORTAL_CONTROLLERS = [
  SignInController,
  HomeController,
  FiguresPagesController,
  AccountController,
  BusinessController,
  OffersPagesController,
  RedeemController,
  HostAccommodationsController,
  HostPrintingController,
  HostPassesController,
  ...COORDINATOR_CONTROLLERS,
  SpreadsheetsPagesController,
];
