export { AssociationModule } from './association.module.js';
export { Season } from './seasons/season.entity.js';
export { openSeasonOf, type OpenSeason } from './seasons/open-season.js';
export { Clock, SystemClock } from './digests/clock.js';
export { DigestScheduler, type ScheduledOutcome } from './digests/digest-scheduler.worker.js';
export { ENDING_WITHIN_DAYS } from './digests/offers-ending.sends.js';
export { DIGEST_HOUR } from './digests/weekly-digest.sends.js';
