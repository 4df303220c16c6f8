import { defineMessages } from '#common';

export const ACCOUNT_MESSAGES = defineMessages(
  'fr',
  {
    title: 'Mon compte',
    dataTitle: 'Mes données',
    dataLead: 'Téléchargez tout ce que Terroir Pass garde à votre sujet : compte, rôles, connexions, ce que vous avez fait, pass remis, usages enregistrés.',
    download: 'Télécharger mes données (JSON)',
    eraseTitle: 'Effacer mon compte',
    eraseLead:
      'Votre nom et votre adresse e-mail seront oubliés partout, vos connexions fermées. Ce que vous avez fait reste compté, sans votre nom, pour les chiffres du territoire. C’est définitif.',
    password: 'Mot de passe actuel',
    confirm: 'Je comprends que mon compte sera effacé pour de bon.',
    erase: 'Effacer mon compte',
    mustConfirm: 'Cochez la case pour confirmer.',
  },
  {
    en: {
      title: 'My account',
      dataTitle: 'My data',
      dataLead: 'Download everything Terroir Pass keeps about you: account, roles, sign-ins, what you did, passes handed out, uses recorded.',
      download: 'Download my data (JSON)',
      eraseTitle: 'Erase my account',
      eraseLead:
        'Your name and e-mail address will be forgotten everywhere and your sessions ended. What you did still counts, without your name, in the territory’s figures. This cannot be undone.',
      password: 'Current password',
      confirm: 'I understand that my account will be erased for good.',
      erase: 'Erase my account',
      mustConfirm: 'Tick the box to confirm.',
    },
  },
);
