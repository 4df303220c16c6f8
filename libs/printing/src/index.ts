export * from './qr/qr-codes.js';
export * from './qr/public-links.js';
export * from './qr/qr-query.dto.js';
