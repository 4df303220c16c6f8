export { AssociationModule } from './association.module.js';
export { Season } from './seasons/season.entity.js';
export { openSeasonOf, type OpenSeason } from './seasons/open-season.js';
