export { AssociationModule } from './association.module.js';
export { Season } from './seasons/season.entity.js';
export { openSeasonOf, type OpenSeason } from './seasons/open-season.js';
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
