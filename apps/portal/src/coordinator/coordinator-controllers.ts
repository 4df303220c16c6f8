import { CoordinatorAccommodationsController } from './accommodations.controller.js';
import { CoordinatorAuditController } from './audit.controller.js';
import { CoordinatorBaseLayersController } from './base-layers.controller.js';
import { CoordinatorBrochureController } from './brochure.controller.js';
import { CoordinatorJoinRequestsController } from './join-requests.controller.js';
import { CoordinatorMembersController } from './members.controller.js';
import { CoordinatorOverviewController } from './overview.controller.js';
import { CoordinatorProducersController } from './producers.controller.js';
import { CoordinatorReviewsController } from './reviews.controller.js';
import { CoordinatorSettingsController } from './settings.controller.js';
import { PrintCheckPageController } from '../print-check/print-check.controller.js';
import { CouponsPagesController } from '../coupons/coupons.controller.js';

/** The coordinator's pages, under /app/coordinator/{territoryId}. */
export const COORDINATOR_CONTROLLERS = [
  CoordinatorOverviewController,
  CoordinatorMembersController,
  CoordinatorJoinRequestsController,
  CoordinatorProducersController,
  CoordinatorAccommodationsController,
  CoordinatorReviewsController,
  CoordinatorSettingsController,
  CoordinatorBaseLayersController,
  CoordinatorBrochureController,
  PrintCheckPageController,
  CoordinatorAuditController,
  CouponsPagesController,
];
