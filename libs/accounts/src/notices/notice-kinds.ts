import { defineMessages } from '#common';

/** What a member is told about, each kind switchable off by its reader (the notice stays in the member pages). */
export const NOTICE_KINDS = ['campaign', 'membership', 'offers_ending', 'weekly_digest'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const isNoticeKind = (value: unknown): value is NoticeKind => typeof value === 'string' && (NOTICE_KINDS as readonly string[]).includes(value);

/** The languages a member reads mails and notices in (users.language). */
export const READER_LANGUAGES = ['fr', 'en'] as const;
export type ReaderLanguage = (typeof READER_LANGUAGES)[number];

export const isReaderLanguage = (value: unknown): value is ReaderLanguage =>
  typeof value === 'string' && (READER_LANGUAGES as readonly string[]).includes(value);

/** Each kind's name, and the footer every reminder and digest mail ends with. */
export const NOTICE_TEXTS = defineMessages(
  'fr',
  {
    kinds: {
      campaign: 'Campagne de la saison (liens et relances)',
      membership: 'Rappels d’adhésion',
      offers_ending: 'Bons plans qui se terminent dans 7 jours',
      weekly_digest: 'Résumé de la semaine',
    },
    footer: (kind: string, unsubscribe: string, preferences: string) =>
      `Vous recevez ce message car vous êtes membre de Terroir Pass (${kind}).\nNe plus recevoir ces e-mails : ${unsubscribe}\nTous vos choix : ${preferences}`,
    unsubscribe: 'Ne plus recevoir ces e-mails',
    preferences: 'Tous vos choix',
  },
  {
    en: {
      kinds: {
        campaign: 'Season campaign (links and reminders)',
        membership: 'Membership reminders',
        offers_ending: 'Offers ending in 7 days',
        weekly_digest: 'Weekly digest',
      },
      footer: (kind, unsubscribe, preferences) =>
        `You receive this message as a member of Terroir Pass (${kind}).\nStop these e-mails: ${unsubscribe}\nAll your choices: ${preferences}`,
      unsubscribe: 'Stop these e-mails',
      preferences: 'All your choices',
    },
  },
);
