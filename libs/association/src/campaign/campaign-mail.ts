import { dateFormat, type Language } from '#common';

interface CampaignMail {
  producerName: string;
  seasonName: string;
  territoryName: string;
  url: string;
  printDeadline: string;
  reminder: boolean;
}

const day = (lang: 'fr' | 'en', date: string) => dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

const MAILS: Record<'fr' | 'en', (m: CampaignMail) => { subject: string; text: string }> = {
  fr: (m) => ({
    subject: `${m.reminder ? 'Rappel : ' : ''}${m.seasonName} — confirmez vos bons plans (${m.territoryName})`,
    text: [
      `Bonjour ${m.producerName},`,
      '',
      `${m.territoryName} prépare la ${m.seasonName}. Sur une seule page, sans mot de passe, vérifiez vos coordonnées et dites pour chacun de vos bons plans s’il est reconduit tel quel, modifié ou arrêté :`,
      '',
      m.url,
      '',
      `Ce lien personnel fonctionne jusqu’au ${day('fr', m.printDeadline)}, date de l’impression des brochures. Vous pouvez y revenir et changer d’avis jusque-là.${m.reminder ? ' Les liens reçus plus tôt ne fonctionnent plus.' : ''}`,
    ].join('\n'),
  }),
  en: (m) => ({
    subject: `${m.reminder ? 'Reminder: ' : ''}${m.seasonName} — confirm your offers (${m.territoryName})`,
    text: [
      `Hello ${m.producerName},`,
      '',
      `${m.territoryName} is preparing ${m.seasonName}. On one page, without a password, check your details and say for each of your offers whether it is kept as is, changed or dropped:`,
      '',
      m.url,
      '',
      `This personal link works until ${day('en', m.printDeadline)}, when the brochures go to print. You may come back and change your mind until then.${m.reminder ? ' Links received earlier no longer work.' : ''}`,
    ].join('\n'),
  }),
};

/** The campaign's mail, plain text, in its reader's language (French for French readers, English for every other, as `translate` falls back). */
export function campaignMail(lang: Language, mail: CampaignMail): { subject: string; text: string } {
  return MAILS[lang === 'fr' ? 'fr' : 'en'](mail);
}
