import { CampaignController } from './campaign.controller.js';
import { SeasonLinkController } from './season-link.controller.js';

/** The season's pages: the producer's behind its personal link, the coordinator's campaign. */
export const SEASON_CONTROLLERS = [SeasonLinkController, CampaignController];
