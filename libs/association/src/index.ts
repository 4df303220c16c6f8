export { AssociationModule } from './association.module.js';
export { Season } from './seasons/season.entity.js';
export { openSeasonOf, type OpenSeason } from './seasons/open-season.js';
export { OpenSeasonDto, RemindDto } from './seasons/season.dto.js';
export { SeasonOpenedView, SeasonView } from './seasons/season.view.js';
export { SeasonsService } from './seasons/seasons.service.js';
export { CAMPAIGN_REFUSALS } from './campaign/campaign-refusals.js';
export {
  SEASON_DECISIONS,
  SeasonAnswerDto,
  SeasonBusinessDto,
  type SeasonDecision,
  SeasonOfferChangeDto,
  SeasonOfferDecisionDto,
} from './campaign/season-answer.dto.js';
export {
  CampaignProducerView,
  CampaignView,
  type DecidedVia,
  FieldChangeView,
  OfferDecisionView,
  HandedLinkView,
  RemindedView,
  UnconfirmedOfferView,
} from './campaign/campaign.view.js';
export { CampaignService, type SeasonPage } from './campaign/campaign.service.js';
export type { SeasonLinkState } from './campaign/season-links.js';
export { seasonPrintSelection, type SeasonPrintSelection } from './campaign/season-print-selection.js';
export { Clock, SystemClock } from './digests/clock.js';
export { DigestScheduler, type ScheduledOutcome } from './digests/digest-scheduler.worker.js';
export { ENDING_WITHIN_DAYS } from './digests/offers-ending.sends.js';
export { DIGEST_HOUR } from './digests/weekly-digest.sends.js';
export {
  LAPSED_POLICIES,
  type LapsedPolicy,
  MEMBER_KINDS,
  MEMBER_YEAR_STATUSES,
  type MemberKind,
  type MemberRef,
  type MembershipTerms,
  type MemberYearStatus,
  membershipYearOf,
  PAYMENT_METHODS,
  type PaymentMethod,
  receiptLabel,
  type Standing,
} from './membership/member-year.js';
export {
  AcceptCharterDto,
  CancelPaymentDto,
  MembershipTermsDto,
  MembershipYearQueryDto,
  RecordPaymentDto,
  SendRemindersDto,
} from './membership/membership.dto.js';
export { MembershipTermsView, MemberYearView, OwnMemberYearView, PaymentView, RemindersSentView } from './membership/member-year.view.js';
export { MEMBERSHIP_REFUSALS } from './membership/membership-refusals.js';
export { MembershipService, type Receipt } from './membership/membership.service.js';
export { membershipCsv } from './membership/membership-csv.js';
export { managesMembership, producerStandings } from './membership/producer-standings.js';
