export * from './qr/qr-codes.js';
export * from './qr/public-links.js';
export * from './qr/qr-query.dto.js';
export * from './printing.module.js';
export * from './brochures/brochures.service.js';
export * from './brochures/brochure-query.dto.js';
export * from './brochures/brochure-renderer.js';
export * from './brochures/qr-card-renderer.js';
