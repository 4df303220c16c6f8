export * from './demo.module.js';
export * from './demo-seeder.js';
export * from './demo-data.js';
export * from './demo-season.js';
