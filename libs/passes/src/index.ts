export { PassesModule } from './passes.module.js';
export { IssuePassDto, PassOfferView, PassView, RedeemDto, SelfServicePassDto } from './passes/pass.dto.js';
export { PASS_REFUSALS, TRIGGER_REFUSALS, useRefusal, type UseRefusal } from './passes/pass-messages.js';
export { type IssuedPass, type IssueResult, PassesService, type PassValidity } from './passes/passes.service.js';
export { RECORDED_VIA, type RecordedVia, Redemption } from './redemptions/redemption.entity.js';
export { redemptionView, RedemptionView } from './redemptions/redemption.view.js';
export { type RedeemResult, RedemptionsService, VOID_WINDOW_MINUTES } from './redemptions/redemptions.service.js';
export { TALLY_MAX_LINES, TallyDto, TallyLineDto, TallyResultView, type TallySheetOffer } from './tally/tally.dto.js';
export { TALLY_OLDEST_DAYS, TALLY_REFUSALS } from './tally/tally-refusals.js';
export { type TallyResult, type TallySheet, TallyService } from './tally/tally.service.js';
export { PRINTED_PASS_CODE_LENGTH } from './tally/printed-code.js';
export {
  COUPON_MAX_COPIES,
  COUPON_MAX_LINES,
  CouponLineDto,
  CouponLineView,
  CouponUsesDto,
  CouponUsesView,
  IssueCouponsDto,
  IssuedCouponsHostView,
  IssuedCouponsView,
} from './coupons/coupon.dto.js';
export { COUPON_OUTCOME_TEXTS, COUPON_OUTCOMES, type CouponOutcome } from './coupons/coupon-outcomes.js';
export { COUPON_SERIAL_LENGTH, readCouponSerial } from './coupons/coupon-serial.js';
export { type CouponSheet, CouponsService, type PileLine } from './coupons/coupons.service.js';
export type { CouponEdition, PrintedCoupon } from './coupons/coupons.queries.js';
