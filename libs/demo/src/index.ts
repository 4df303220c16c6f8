export { DemoModule } from './demo.module.js';
export { DemoSeeder, type SeedSummary } from './demo-seeder.js';
export type { SeasonSummary } from './demo-season.js';
