import { defineMessages } from '#common';

/** The number a class-validator sentence is about ("… shorter than or equal to 120 characters"). */
const number = (english: string) => /(-?\d+(?:\.\d+)?)/.exec(english)?.[1] ?? '';

/** The hours a person typed, as the API's sentence quotes them. */
const typedHours = (english: string) => /"(.*?)" cannot be read/.exec(english)?.[1] ?? '';

/** A sentence as the reader sees it: capital first, full stop last. */
export const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

/**
 * What the API's validation rules say (class-validator's English sentence), by rule: the English
 * pages show that sentence, the French pages their own.
 */
export const VALIDATION_MESSAGES = defineMessages(
  'en',
  {
    isNotEmpty: sentence,
    isDefined: sentence,
    isEmail: sentence,
    isUrl: sentence,
    maxLength: sentence,
    minLength: sentence,
    min: sentence,
    max: sentence,
    isInt: sentence,
    isNumber: sentence,
    isLatitude: sentence,
    isLongitude: sentence,
    isIn: sentence,
    isEnum: sentence,
    isCalendarDate: sentence,
    matches: sentence,
    arrayMinSize: sentence,
    isOpeningHours: (english: string) =>
      `"${typedHours(english)}" cannot be read as opening hours: write them for example "Monday to Friday 9am-12pm and 2pm-6pm, Saturday 10:30am-12pm" or "Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:30-12:00", and put the rest (appointments, seasons) under “More about the hours”.`,
    whitelistValidation: sentence,
    other: sentence,
  },
  {
    fr: {
      isNotEmpty: () => 'Ce champ est obligatoire.',
      isDefined: () => 'Ce champ est obligatoire.',
      isEmail: () => 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
      isUrl: () => 'Saisissez une adresse web complète, commençant par https://.',
      maxLength: (english) => `${number(english)} caractères au plus.`.trim(),
      minLength: (english) => `${number(english)} caractères au moins.`.trim(),
      min: (english) => `La valeur doit être au moins ${number(english)}.`,
      max: (english) => `La valeur doit être au plus ${number(english)}.`,
      isInt: () => 'Saisissez un nombre entier.',
      isNumber: () => 'Saisissez un nombre.',
      isLatitude: () => 'Latitude entre −90 et 90.',
      isLongitude: () => 'Longitude entre −180 et 180.',
      isIn: () => 'Choisissez une des valeurs proposées.',
      isEnum: () => 'Choisissez une des valeurs proposées.',
      isCalendarDate: () => 'Saisissez une date (AAAA-MM-JJ).',
      matches: () => 'Le format ne convient pas.',
      arrayMinSize: () => 'Choisissez au moins une valeur.',
      isOpeningHours: (english) =>
        `« ${typedHours(english)} » ne se lit pas comme des horaires : écrivez-les par exemple « du lundi au vendredi 9h-12h et 14h-18h, samedi 10h30-12h » ou « Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:30-12:00 », et mettez le reste (rendez-vous, saisons) dans les précisions sur les horaires.`,
      whitelistValidation: () => 'Ce champ n’est pas attendu ici.',
      other: () => 'Cette valeur ne convient pas.',
    },
  },
);

export type ValidationRule = keyof (typeof VALIDATION_MESSAGES)['en'];
