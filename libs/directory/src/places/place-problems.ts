import { defineMessages } from '#common';

/** What the official list of communes and the geocoder say about a place's address: problems, and what was changed from what was typed. */
export const PLACE_PROBLEMS = defineMessages(
  'en',
  {
    commune_not_in_postcode: (p: { commune: string; postcode: string; communes: string }) =>
      `"${p.commune}" is not a commune of postcode ${p.postcode}, which is ${p.communes}'s: correct the commune or the postcode`,
    postcode_not_of_commune: (p: { postcode: string; named: string; communes: string }) =>
      `postcode ${p.postcode} is not that of ${p.named}, but of ${p.communes}: correct the postcode or the commune`,
    unknown_postcode: (p: { postcode: string }) => `no commune has the postcode "${p.postcode}" (a CEDEX code is no commune's): correct it`,
    commune_official: (p: { typed: string; official: string; inseeCode: string }) =>
      `"${p.typed}" written as the official name "${p.official}" (INSEE ${p.inseeCode})`,
    commune_merged: (p: { typed: string; official: string; inseeCode: string }) =>
      `"${p.typed}" is now part of the commune "${p.official}" (INSEE ${p.inseeCode}): written so`,
    postcode_padded: (p: { typed: string; read: string }) => `postcode "${p.typed}" read as "${p.read}": a spreadsheet had dropped its leading zero`,
    geocoded: (p: { label: string; score: string; position: string }) =>
      `address placed at ${p.position} (found "${p.label}", score ${p.score}): check the point`,
    geocode_uncertain: (p: { label: string; score: string }) =>
      `the address is uncertain (the closest found is "${p.label}", score ${p.score} of 1): correct the address, or give latitude and longitude`,
    geocode_not_found: 'the address was not found: correct it, or give latitude and longitude',
    geocoder_failed: 'the address service did not answer: import again later, or give latitude and longitude',
    position_needed:
      'no latitude and longitude, and no address service is set up to find them: this place needs its position placed by hand (on its page, or typed in the latitude and longitude columns)',
  },
  {
    fr: {
      commune_not_in_postcode: (p) =>
        `« ${p.commune} » n’est pas une commune du code postal ${p.postcode}, qui est celui de ${p.communes} : corrigez la commune ou le code postal`,
      postcode_not_of_commune: (p) =>
        `le code postal ${p.postcode} n’est pas celui de ${p.named}, mais de ${p.communes} : corrigez le code postal ou la commune`,
      unknown_postcode: (p) => `aucune commune n’a le code postal « ${p.postcode} » (un code CEDEX n’est celui d’aucune commune) : corrigez-le`,
      commune_official: (p) => `« ${p.typed} » écrit sous son nom officiel « ${p.official} » (INSEE ${p.inseeCode})`,
      commune_merged: (p) => `« ${p.typed} » fait désormais partie de la commune « ${p.official} » (INSEE ${p.inseeCode}) : écrit ainsi`,
      postcode_padded: (p) => `code postal « ${p.typed} » lu « ${p.read} » : un tableur avait supprimé son zéro initial`,
      geocoded: (p) =>
        `adresse placée en ${p.position.replace(/\./g, ',').replace(', ', ' ; ')} (trouvé « ${p.label} », score ${p.score.replace('.', ',')}) : vérifiez le point`,
      geocode_uncertain: (p) =>
        `l’adresse est incertaine (la plus proche trouvée est « ${p.label} », score ${p.score.replace('.', ',')} sur 1) : corrigez l’adresse, ou donnez latitude et longitude`,
      geocode_not_found: 'l’adresse est introuvable : corrigez-la, ou donnez latitude et longitude',
      geocoder_failed: 'le service d’adresses n’a pas répondu : importez à nouveau plus tard, ou donnez latitude et longitude',
      position_needed:
        'ni latitude ni longitude, et aucun service d’adresses n’est configuré pour les trouver : ce lieu doit être placé à la main (sur sa fiche, ou en saisissant latitude et longitude)',
    },
  },
);
