export * from './insights.module.js';
export * from './scans/scan-counter.service.js';
export * from './figures/figures.js';
export * from './figures/figures-query.dto.js';
export * from './figures/figures.service.js';
export * from './figures/figures-queries.js';
export * from './figures/territory-figures.service.js';
export * from './figures/figures-tables.js';
