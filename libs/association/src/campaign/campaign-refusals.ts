import { defineMessages } from '#common';

/** Why the season campaign refuses, by code. */
export const CAMPAIGN_REFUSALS = defineMessages(
  'en',
  {
    season_already_open: (p: { name: string }) => `the season "${p.name}" is open: close it before opening another`,
    season_name_taken: (p: { name: string }) => `the territory already had a season named "${p.name}"`,
    season_closed: 'this season is closed',
    season_dates: 'the print deadline must fall on or before the season’s last day, and the season must end on or after it starts',
    offer_not_of_producer: 'this offer is not one of this business’s offers',
    producer_not_in_season: 'this business does not take part in the season',
    season_link_not_valid: 'this link no longer works: it was replaced by a newer one, or its print deadline has passed',
  },
  {
    fr: {
      season_already_open: (p: { name: string }) => `La saison « ${p.name} » est ouverte : fermez-la avant d’en ouvrir une autre.`,
      season_name_taken: (p: { name: string }) => `Le territoire a déjà eu une saison nommée « ${p.name} ».`,
      season_closed: 'Cette saison est fermée.',
      season_dates: 'La date limite d’impression doit tomber au plus tard le dernier jour de la saison, qui doit finir après avoir commencé.',
      offer_not_of_producer: 'Ce bon plan n’est pas un de ceux de ce producteur.',
      producer_not_in_season: 'Ce producteur ne participe pas à la saison.',
      season_link_not_valid: 'Ce lien ne fonctionne plus : il a été remplacé par un plus récent, ou sa date limite est passée.',
    },
  },
);
