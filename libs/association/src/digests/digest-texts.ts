import { defineMessages } from '#common';

/** The words of the offers-ending and weekly digest mails; figures are written by #insights' figuresFormat. */
export const DIGEST_TEXTS = defineMessages(
  'fr',
  {
    hello: 'Bonjour,',
    uses: (n: string, one: boolean) => `${n} ${one ? 'usage' : 'usages'}`,
    times: (n: string, one: boolean) => (one ? 'une fois' : `${n} fois`),
    ending: {
      subject: (count: number) => (count === 1 ? 'Un bon plan se termine dans 7 jours' : `${count} bons plans se terminent dans 7 jours`),
      lead: (producer: string) => `Ces bons plans de ${producer} se terminent bientôt :`,
      until: (title: string, day: string) => `- ${title} : jusqu’au ${day}`,
      extend: (url: string) => `Pour les prolonger, changez leurs dates : ${url}`,
    },
    producer: {
      subject: (period: string, uses: string) => `Vos bons plans, semaine du ${period} : ${uses}`,
      lead: (period: string, times: string, amount: string) =>
        `Semaine du ${period} : vos bons plans ont été utilisés ${times} (montants déclarés : ${amount}).`,
      byOffer: 'Par bon plan :',
      more: (url: string) => `Tous vos chiffres : ${url}`,
    },
    host: {
      subject: (period: string, uses: string) => `Vos hôtes, semaine du ${period} : ${uses}`,
      lead: (period: string, times: string, amount: string) =>
        `Semaine du ${period} : vos hôtes ont utilisé des bons plans ${times} (montants déclarés : ${amount}).`,
      more: (url: string) => `Vos hébergements : ${url}`,
    },
    line: (name: string, uses: string, amount: string) => `${name} : ${uses}, ${amount}`,
  },
  {
    en: {
      hello: 'Hello,',
      uses: (n, one) => `${n} ${one ? 'use' : 'uses'}`,
      times: (n, one) => (one ? 'once' : `${n} times`),
      ending: {
        subject: (count) => (count === 1 ? 'An offer ends in 7 days' : `${count} offers end in 7 days`),
        lead: (producer) => `These offers of ${producer} end soon:`,
        until: (title, day) => `- ${title}: until ${day}`,
        extend: (url) => `To extend them, change their dates: ${url}`,
      },
      producer: {
        subject: (period, uses) => `Your offers, week of ${period}: ${uses}`,
        lead: (period, times, amount) => `Week of ${period}: your offers were used ${times} (amounts declared: ${amount}).`,
        byOffer: 'Per offer:',
        more: (url) => `All your figures: ${url}`,
      },
      host: {
        subject: (period, uses) => `Your guests, week of ${period}: ${uses}`,
        lead: (period, times, amount) => `Week of ${period}: your guests used offers ${times} (amounts declared: ${amount}).`,
        more: (url) => `Your accommodations: ${url}`,
      },
      line: (name, uses, amount) => `${name}: ${uses}, ${amount}`,
    },
  },
);
