import { Directory1764380000000 } from './1764380000000-directory.js';
import { Accounts1764390000000 } from './1764390000000-accounts.js';
import { TouristPages1764400000000 } from './1764400000000-tourist-pages.js';
import { Passes1764410000000 } from './1764410000000-passes.js';
import { ShowcaseNotifications1764420000000 } from './1764420000000-showcase-notifications.js';
import { TerritoryFunders1764430000000 } from './1764430000000-territory-funders.js';
import { ExternalReferences1764440000000 } from './1764440000000-external-references.js';
import { Erasure1764450000000 } from './1764450000000-erasure.js';
import { OfferViews1764460000000 } from './1764460000000-offer-views.js';
import { PassIssueKeys1764470000000 } from './1764470000000-pass-issue-keys.js';
import { ThrottlesAndMailOutbox1764483000000 } from './1764483000000-throttles-and-mail-outbox.js';
import { SearchEveryLanguage1764490000000 } from './1764490000000-search-every-language.js';
import { PlaceKeys1764491000000 } from './1764491000000-place-keys.js';
import { InseeCodes1764492100000 } from './1764492100000-insee-codes.js';
import { PhonesE1641764492300000 } from './1764492300000-phones-e164.js';
import { HoursNotes1764492400000 } from './1764492400000-hours-notes.js';
import { PublicSite1764492500000 } from './1764492500000-public-site.js';
import { JoinRequests1764492600000 } from './1764492600000-join-requests.js';
import { SiteVisits1764492700000 } from './1764492700000-site-visits.js';
import { CountedBatches1764492900000 } from './1764492900000-counted-batches.js';
import { Seasons1764493000000 } from './1764493000000-seasons.js';
import { MemberYears1764493100000 } from './1764493100000-member-years.js';
import { SeasonCampaign1764493200000 } from './1764493200000-season-campaign.js';
import { Notices1764493400000 } from './1764493400000-notices.js';
import { Images1764493500000 } from './1764493500000-images.js';
import { BaseLayers1764493600000 } from './1764493600000-base-layers.js';
import { CheckCharacters1764493800000 } from './1764493800000-check-characters.js';
import { TallySheets1764493900000 } from './1764493900000-tally-sheets.js';
import { Editions1764494000000 } from './1764494000000-editions.js';
import { Coupons1764494100000 } from './1764494100000-coupons.js';
import { FiguresIndexes1764494200000 } from './1764494200000-figures-indexes.js';
import { MonthlyPartitions1764494210000 } from './1764494210000-monthly-partitions.js';
import { DailyRollups1764494220000 } from './1764494220000-daily-rollups.js';
import { NearCountIndexOnly1764494300000 } from './1764494300000-near-count-index-only.js';
import { NearCellCounts1764494600000 } from './1764494600000-near-cell-counts.js';
import { AccommodationMonths1764494700000 } from './1764494700000-accommodation-months.js';
import { TerritoryEditionDays1764494800000 } from './1764494800000-territory-edition-days.js';
import { OfferViewMonths1764494900000 } from './1764494900000-offer-view-months.js';
import { NearCountCheaper1764495000000 } from './1764495000000-near-count-cheaper.js';

/** Every migration, in order: listed, not globbed, so that the build and the tests see the same set. */
export const MIGRATIONS = [
  Directory1764380000000,
  Accounts1764390000000,
  TouristPages1764400000000,
  Passes1764410000000,
  ShowcaseNotifications1764420000000,
  TerritoryFunders1764430000000,
  ExternalReferences1764440000000,
  Erasure1764450000000,
  OfferViews1764460000000,
  PassIssueKeys1764470000000,
  ThrottlesAndMailOutbox1764483000000,
  SearchEveryLanguage1764490000000,
  PlaceKeys1764491000000,
  InseeCodes1764492100000,
  PhonesE1641764492300000,
  HoursNotes1764492400000,
  PublicSite1764492500000,
  JoinRequests1764492600000,
  SiteVisits1764492700000,
  CountedBatches1764492900000,
  Seasons1764493000000,
  MemberYears1764493100000,
  SeasonCampaign1764493200000,
  Notices1764493400000,
  Images1764493500000,
  BaseLayers1764493600000,
  CheckCharacters1764493800000,
  TallySheets1764493900000,
  Editions1764494000000,
  Coupons1764494100000,
  FiguresIndexes1764494200000,
  MonthlyPartitions1764494210000,
  DailyRollups1764494220000,
  NearCountIndexOnly1764494300000,
  NearCellCounts1764494600000,
  AccommodationMonths1764494700000,
  TerritoryEditionDays1764494800000,
  OfferViewMonths1764494900000,
  NearCountCheaper1764495000000,
];
