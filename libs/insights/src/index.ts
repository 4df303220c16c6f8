export * from './insights.module.js';
export * from './scans/scan-counter.service.js';
