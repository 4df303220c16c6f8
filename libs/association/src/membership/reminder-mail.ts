import { type Language, translate, type TranslatedText } from '#common';

interface Reminder {
  territory: string;
  member: string;
  year: number;
  fee: string;
  charterAccepted: boolean;
  paid: boolean;
  paymentInstructions: TranslatedText;
  link: string;
  contactEmail: string | null;
}

/** The reminder to renew, in the member's language: what is left to do, how to pay, where to do it. */
export function reminderMail(lang: Language, r: Reminder): { subject: string; text: string } {
  const w = lang === 'fr' ? FR : EN;
  const todo = [r.charterAccepted ? undefined : w.charter, r.paid ? undefined : w.pay(r.fee, translate(r.paymentInstructions, lang))].filter(Boolean);
  const parts = [w.hello(r.member, r.territory, r.year), ...todo, w.page(r.link), r.contactEmail ? w.contact(r.contactEmail) : undefined, w.close(r.territory)];
  return { subject: w.subject(r.territory, r.year), text: parts.filter(Boolean).join('\n\n') };
}

const FR = {
  subject: (t: string, y: number) => `${t} : votre adhésion ${y}`,
  hello: (m: string, t: string, y: number) => `Bonjour,\n\nL’adhésion ${y} de « ${m} » à ${t} n’est pas encore renouvelée.`,
  charter: 'Il reste à accepter la charte, depuis votre espace.',
  pay: (fee: string, how: string) => `Il reste à régler la cotisation de ${fee}. ${how}`,
  page: (link: string) => `Votre espace : ${link}`,
  contact: (email: string) => `Une question : ${email}`,
  close: (t: string) => `Merci,\n${t}`,
};

const EN: typeof FR = {
  subject: (t, y) => `${t}: your ${y} membership`,
  hello: (m, t, y) => `Hello,\n\nThe ${y} membership of “${m}” in ${t} is not renewed yet.`,
  charter: 'The charter is still to be accepted, from your pages.',
  pay: (fee, how) => `The fee of ${fee} is still to be paid. ${how}`,
  page: (link) => `Your pages: ${link}`,
  contact: (email) => `Any question: ${email}`,
  close: (t) => `Thank you,\n${t}`,
};
