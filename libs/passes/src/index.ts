export * from './passes.module.js';
export * from './passes/pass.entity.js';
export * from './passes/pass.dto.js';
export * from './passes/pass-messages.js';
export * from './passes/passes.service.js';
export * from './redemptions/redemption.entity.js';
export * from './redemptions/redemption.view.js';
export * from './redemptions/redemptions.service.js';
