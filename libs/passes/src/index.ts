export { PassesModule } from './passes.module.js';
export { IssuePassDto, PassOfferView, PassView, RedeemDto, SelfServicePassDto } from './passes/pass.dto.js';
export { PASS_REFUSALS, TRIGGER_REFUSALS, useRefusal, type UseRefusal } from './passes/pass-messages.js';
export { type IssuedPass, type IssueResult, PassesService, type PassValidity } from './passes/passes.service.js';
export { Redemption } from './redemptions/redemption.entity.js';
export { redemptionView, RedemptionView } from './redemptions/redemption.view.js';
export { type RedeemResult, RedemptionsService, VOID_WINDOW_MINUTES } from './redemptions/redemptions.service.js';
