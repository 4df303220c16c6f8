import type { Language } from '#common';

interface Declined {
  territory: string;
  contactName: string;
  businessName: string;
  reason: string;
  contactEmail: string | null;
}

/** The answer to a declined request, in the language of its form (the reason as the coordinator wrote it). */
export function declineMail(lang: Language, d: Declined): { subject: string; text: string } {
  const write = MAILS[lang];
  return { subject: write.subject(d.territory), text: [write.body(d), d.reason, write.close(d)].join('\n\n') };
}

const MAILS: Record<Language, { subject: (t: string) => string; body: (d: Declined) => string; close: (d: Declined) => string }> = {
  fr: {
    subject: (t) => `${t} : votre demande d’adhésion`,
    body: (d) => `Bonjour ${d.contactName},\n\nMerci de votre demande pour « ${d.businessName} ». ${d.territory} ne peut pas l’accepter, pour cette raison :`,
    close: (d) => (d.contactEmail ? `Pour en parler : ${d.contactEmail}` : `Cordialement,\n${d.territory}`),
  },
  en: {
    subject: (t) => `${t}: your request to join`,
    body: (d) => `Hello ${d.contactName},\n\nThank you for your request for “${d.businessName}”. ${d.territory} cannot accept it, for this reason:`,
    close: (d) => (d.contactEmail ? `To talk it over: ${d.contactEmail}` : `Kind regards,\n${d.territory}`),
  },
  nl: {
    subject: (t) => `${t}: uw aanmelding`,
    body: (d) => `Beste ${d.contactName},\n\nBedankt voor uw aanmelding van “${d.businessName}”. ${d.territory} kan haar niet aannemen, om deze reden:`,
    close: (d) => (d.contactEmail ? `Om erover te praten: ${d.contactEmail}` : `Met vriendelijke groet,\n${d.territory}`),
  },
  de: {
    subject: (t) => `${t}: Ihre Anfrage zum Mitmachen`,
    body: (d) =>
      `Guten Tag ${d.contactName},\n\nvielen Dank für Ihre Anfrage für „${d.businessName}“. ${d.territory} kann sie aus folgendem Grund nicht annehmen:`,
    close: (d) => (d.contactEmail ? `Für Rückfragen: ${d.contactEmail}` : `Mit freundlichen Grüßen\n${d.territory}`),
  },
};
