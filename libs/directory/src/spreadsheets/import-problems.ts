import { defineMessages, plural } from '#common';
import { CATEGORIES, CATEGORY_LABELS } from '../categories/categories.js';
import { knownLabelNames } from '../categories/labels.js';

type Kind = { kind: string };
const nounFr = (p: Kind) => (p.kind === 'accommodations' ? 'hébergement' : 'producteur');
const nounEn = (p: Kind) => (p.kind === 'accommodations' ? 'accommodation' : 'producer');

/** What a file that is no CSV seems to be, told by its first bytes. */
export type FileLooksLike = 'workbook' | 'old_workbook' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'gzip';
const LOOKS_LIKE_EN: Record<FileLooksLike, string> = {
  workbook: 'a ZIP archive that is no .xlsx workbook this import reads (an .ods workbook, or a damaged one)',
  old_workbook: 'an old Excel workbook (.xls)',
  pdf: 'a PDF document',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  gzip: 'a compressed (gzip) file',
};
const LOOKS_LIKE_FR: Record<FileLooksLike, string> = {
  workbook: 'une archive ZIP qui n’est pas un classeur .xlsx que cet import lit (un classeur .ods, ou abîmé)',
  old_workbook: 'un ancien classeur Excel (.xls)',
  pdf: 'un document PDF',
  png: 'une image PNG',
  jpeg: 'une image JPEG',
  gif: 'une image GIF',
  gzip: 'un fichier compressé (gzip)',
};
const SAVE_AS_CSV_EN =
  'save the spreadsheet as an Excel workbook (.xlsx) or as CSV (in Excel: File › Save as › Excel Workbook, or CSV UTF-8; in LibreOffice: File › Save as › Excel 2007-365, or Text CSV) and send that file';
const SAVE_AS_CSV_FR =
  'enregistrez le tableur en classeur Excel (.xlsx) ou en CSV (dans Excel : Fichier › Enregistrer sous › Classeur Excel, ou CSV UTF-8 ; dans LibreOffice : Fichier › Enregistrer sous › Excel 2007-365, ou Texte CSV) et envoyez ce fichier';

const categoryNames = (lang: 'fr' | 'en') => CATEGORIES.map((category) => CATEGORY_LABELS[category][lang]).join(', ');
type Cell = { column: string; found: string };
type Fixed = { column: string; typed: string; read: string };
type Names = { column: string; count: number; names: string };
type Similar = { name: string; row?: number; reference?: string } & Kind;
const similarEn = (p: Similar) =>
  p.row !== undefined
    ? `row ${p.row} ("${p.name}")`
    : `the ${nounEn(p)} "${p.name}"${p.reference ? ` (reference ${p.reference})` : ''} already in the directory`;
const similarFr = (p: Similar) =>
  p.row !== undefined
    ? `la ligne ${p.row} (« ${p.name} »)`
    : `le ${nounFr(p)} « ${p.name} »${p.reference ? ` (référence ${p.reference})` : ''} déjà dans l’annuaire`;

/** What can be wrong in a spreadsheet, by code: the API and the CLI say it in English, the member pages in the page's language. */
export const SPREADSHEET_PROBLEMS = defineMessages(
  'en',
  {
    unclosed_quote: 'a quoted field is never closed: a quote (") is missing, so the rest of the file was read as this one cell',
    text_after_quote: (p: { text: string }) =>
      `text after the closing quote of a quoted field ("${p.text}"): enclose the whole cell in quotes and double the quotes inside it`,
    stray_quote: 'a stray quote (") in a cell that does not start with one: enclose the cell in quotes and double the quotes inside it',
    cell_required: (p: { column: string }) => `${p.column} is empty: it is required`,
    coordinate_missing: (p: { column: string }) => `${p.column} is missing: every place needs both coordinates`,
    not_a_number: (p: { column: string; example: string; found: string }) => `${p.column} must be a number, e.g. ${p.example} (found "${p.found}")`,
    unknown_categories: (p: Names) =>
      `unknown ${plural('en', p.count, { one: 'category', other: 'categories' })} ${p.names} in ${p.column}: use ${categoryNames('en')} (French names too), separated by commas`,
    unknown_labels: (p: Names) =>
      `unknown ${plural('en', p.count, { one: 'label', other: 'labels' })} ${p.names} in ${p.column}: use ${knownLabelNames('en')}, separated by commas, or write a label of your own as one lowercase word such as plein_air`,
    phone_invalid: (p: Cell) => `${p.column} "${p.found}" is not a phone number: write one number such as 05 49 64 20 18 or +33 5 49 64 20 18`,
    phone_several: (p: Cell & { count: number }) =>
      `${p.column} holds ${p.count} numbers ("${p.found}"): a place has one phone, keep the one visitors should call`,
    phone_fixed: (p: Fixed) => `${p.column} "${p.typed}" read as ${p.read} (a spreadsheet had dropped its leading 0 or +): check it`,
    website_invalid: (p: Cell) => `${p.column} "${p.found}" is not a web address: write it as https://www.example.fr`,
    website_completed: (p: Fixed) => `${p.column} "${p.typed}" read as ${p.read}`,
    email_invalid: (p: Cell) => `${p.column} "${p.found}" is not an e-mail address: write it as name@example.fr`,
    similar_place: (p: Similar) =>
      `looks like the same place as ${similarEn(p)}: same name (up to accents, capitals and punctuation) and postcode. If it is, give this row its reference or id; if it is another place, import with "similar names are other places" (allowSimilar=true)`,
    not_a_choice: (p: { column: string; choices: string; found: string }) => `${p.column} must be one of ${p.choices} (found "${p.found}")`,
    repeated_column: (p: { column: string; first: string }) => `column "${p.column}" is the same as "${p.first}": keep one of them`,
    empty_file: 'the file is empty: the first row must name the columns (nom, adresse, code_postal, …)',
    missing_column: (p: { column: string }) => `column "${p.column}" is missing`,
    beyond_header: (p: { columns: number }) => `a value beyond the ${p.columns} columns of the header: is a delimiter or a quote missing?`,
    nameless_column: 'a value in a column without a name',
    too_many_rows: (p: { rows: number; max: number }) => `the file has ${p.rows} rows; at most ${p.max} are imported at once: split it`,
    more_problems: 'and more problems from this row on: correct these and check again',
    duplicate_reference: (p: { row: number; reference: string }) => `duplicate of row ${p.row}: same reference "${p.reference}"`,
    duplicate_name: (p: { row: number } & Kind) =>
      `duplicate of row ${p.row}: same name and postcode (give each a different reference if they are two ${nounEn(p)}s)`,
    archived_reference: (p: { reference: string } & Kind) =>
      `reference "${p.reference}" belongs to an archived ${nounEn(p)}, which cannot be changed: use another reference`,
    ambiguous_name: (p: { count: number } & Kind) =>
      `${p.count} ${nounEn(p)}s of the territory have this name and postcode: add their reference to tell them apart`,
    same_record: (p: { row: number; name: string } & Kind) => `updates the same ${nounEn(p)} as row ${p.row} ("${p.name}")`,
    file_empty: 'the file is empty (0 bytes): choose the CSV file of the spreadsheet',
    not_csv: (p: { looksLike: FileLooksLike }) => `this file is ${LOOKS_LIKE_EN[p.looksLike]}, not an .xlsx workbook or a CSV file: ${SAVE_AS_CSV_EN}`,
    binary_nul: `this file is not text (it holds NUL bytes: binary data, or UTF-16 text without its byte-order mark): ${SAVE_AS_CSV_EN}`,
    binary_controls: `this file is not text (it holds control characters): ${SAVE_AS_CSV_EN}`,
    id_malformed: (p: { found: string }) =>
      `id must be the id an export wrote, e.g. 0b7e5c3e-4f7a-4d2b-9a51-2f3c1d9e8a10 (found "${p.found}"): leave it empty for a new record`,
    duplicate_id: (p: { row: number }) => `duplicate of row ${p.row}: same id`,
    unknown_id: (p: Kind) => `no ${nounEn(p)} of the territory has this id: leave the id empty to create a new ${nounEn(p)}`,
    archived_id: (p: Kind) => `this id is an archived ${nounEn(p)}'s, which cannot be changed: leave the id empty to create a new ${nounEn(p)}`,
    reference_taken: (p: { reference: string; name: string } & Kind) => `reference "${p.reference}" is already another ${nounEn(p)}'s ("${p.name}")`,
    ignored_column: (p: { column: string; columns: string }) => `column "${p.column}" is left out: it is none of ${p.columns}`,
    hours_read: (p: { typed: string; read: string }) => `"${p.typed}" read as the opening hours "${p.read}": check them`,
    names_read: (p: { column: string; typed: string; readFr: string; readEn: string }) => `${p.column} "${p.typed}" read as ${p.readEn}`,
    hours_as_note: (p: { typed: string; column: string }) =>
      `"${p.typed}" cannot be read as opening hours: kept as a note for people ("${p.column}"), published as no hours; to publish them, write them as "Mo-Fr 09:00-12:00; Sa 10:30-12:00" or "du lundi au vendredi 9h-12h"`,
    coordinates_swapped: (p: { typed: string; read: string }) =>
      `latitude and longitude look swapped (${p.typed} is far from the territory): read as ${p.read}, check the point`,
    far_from_territory: (p: { km: number }) => `this point is ${p.km} km from the territory's other places: check latitude and longitude`,
  },
  {
    fr: {
      unclosed_quote:
        'un champ entre guillemets n’est jamais fermé : il manque un guillemet ("), si bien que la suite du fichier a été lue comme cette seule cellule',
      text_after_quote: (p) =>
        `du texte suit le guillemet fermant d’un champ entre guillemets (« ${p.text} ») : mettez toute la cellule entre guillemets et doublez ceux qu’elle contient`,
      stray_quote:
        'un guillemet (") dans une cellule qui ne commence pas par un guillemet : mettez la cellule entre guillemets et doublez ceux qu’elle contient',
      cell_required: (p) => `${p.column} est vide : cette colonne est obligatoire`,
      coordinate_missing: (p) => `${p.column} manque : chaque lieu a besoin de ses deux coordonnées`,
      not_a_number: (p) => `${p.column} doit être un nombre, par exemple ${p.example.replace('.', ',')} (trouvé « ${p.found} »)`,
      unknown_categories: (p) =>
        `${plural('fr', p.count, { one: 'catégorie inconnue', other: 'catégories inconnues' })} ${p.names} dans ${p.column} : utilisez ${categoryNames('fr')}, séparées par des virgules`,
      unknown_labels: (p) =>
        `${plural('fr', p.count, { one: 'label inconnu', other: 'labels inconnus' })} ${p.names} dans ${p.column} : utilisez ${knownLabelNames('fr')}, séparés par des virgules, ou écrivez un label propre au territoire en un mot en minuscules, comme plein_air`,
      phone_invalid: (p) => `${p.column} « ${p.found} » n’est pas un numéro de téléphone : écrivez un numéro comme 05 49 64 20 18 ou +33 5 49 64 20 18`,
      phone_several: (p) =>
        `${p.column} contient ${p.count} numéros (« ${p.found} ») : un lieu a un seul téléphone, gardez celui que les visiteurs doivent appeler`,
      phone_fixed: (p) => `${p.column} « ${p.typed} » lu ${p.read} (le tableur avait retiré son 0 ou son + initial) : vérifiez-le`,
      website_invalid: (p) => `${p.column} « ${p.found} » n’est pas une adresse web : écrivez-la comme https://www.exemple.fr`,
      website_completed: (p) => `${p.column} « ${p.typed} » lu ${p.read}`,
      email_invalid: (p) => `${p.column} « ${p.found} » n’est pas une adresse e-mail : écrivez-la comme nom@exemple.fr`,
      similar_place: (p) =>
        `semble être le même lieu que ${similarFr(p)} : même nom (aux accents, majuscules et ponctuation près) et même code postal. Si c’est le cas, donnez à cette ligne sa référence ou son id ; si c’est un autre lieu, importez en cochant « les noms semblables sont d’autres lieux » (allowSimilar=true)`,
      not_a_choice: (p) => `${p.column} doit valoir l’une de ces valeurs : ${p.choices} (trouvé « ${p.found} »)`,
      repeated_column: (p) => `la colonne « ${p.column} » est la même que « ${p.first} » : gardez-en une seule`,
      empty_file: 'le fichier est vide : la première ligne doit nommer les colonnes (nom, adresse, code_postal, …)',
      missing_column: (p) => `la colonne « ${p.column} » manque`,
      beyond_header: (p) => `une valeur au-delà des ${p.columns} colonnes de l’en-tête : manque-t-il un séparateur ou un guillemet ?`,
      nameless_column: 'une valeur dans une colonne sans nom',
      too_many_rows: (p) => `le fichier a ${p.rows} lignes ; ${p.max} au plus sont importées à la fois : découpez-le`,
      more_problems: 'et d’autres problèmes à partir de cette ligne : corrigez ceux-ci et vérifiez à nouveau',
      duplicate_reference: (p) => `doublon de la ligne ${p.row} : même référence « ${p.reference} »`,
      duplicate_name: (p) => `doublon de la ligne ${p.row} : même nom et même code postal (donnez à chacun sa référence s’il s’agit de deux ${nounFr(p)}s)`,
      archived_reference: (p) => `la référence « ${p.reference} » est celle d’un ${nounFr(p)} archivé, qui ne peut plus changer : utilisez une autre référence`,
      ambiguous_name: (p) => `${p.count} ${nounFr(p)}s du territoire ont ce nom et ce code postal : ajoutez leur référence pour les distinguer`,
      same_record: (p) => `met à jour le même ${nounFr(p)} que la ligne ${p.row} (« ${p.name} »)`,
      file_empty: 'le fichier est vide (0 octet) : choisissez le fichier CSV du tableur',
      not_csv: (p) => `ce fichier est ${LOOKS_LIKE_FR[p.looksLike]}, pas un classeur .xlsx ni un fichier CSV : ${SAVE_AS_CSV_FR}`,
      binary_nul: `ce fichier n’est pas du texte (il contient des octets NUL : des données binaires, ou du texte UTF-16 sans sa marque d’ordre des octets) : ${SAVE_AS_CSV_FR}`,
      binary_controls: `ce fichier n’est pas du texte (il contient des caractères de contrôle) : ${SAVE_AS_CSV_FR}`,
      id_malformed: (p) =>
        `l’id doit être celui qu’un export a écrit, par exemple 0b7e5c3e-4f7a-4d2b-9a51-2f3c1d9e8a10 (trouvé « ${p.found} ») : laissez-le vide pour un nouvel enregistrement`,
      duplicate_id: (p) => `doublon de la ligne ${p.row} : même id`,
      unknown_id: (p) => `aucun ${nounFr(p)} du territoire n’a cet id : laissez l’id vide pour créer un nouveau ${nounFr(p)}`,
      archived_id: (p) => `cet id est celui d’un ${nounFr(p)} archivé, qui ne peut plus changer : laissez l’id vide pour créer un nouveau ${nounFr(p)}`,
      reference_taken: (p) => `la référence « ${p.reference} » est déjà celle d’un autre ${nounFr(p)} (« ${p.name} »)`,
      ignored_column: (p) => `la colonne « ${p.column} » est laissée de côté : elle n’est aucune de ${p.columns}`,
      hours_read: (p) => `« ${p.typed} » lu comme les horaires « ${p.read} » : vérifiez-les`,
      names_read: (p) => `${p.column} « ${p.typed} » lu comme ${p.readFr}`,
      hours_as_note: (p) =>
        `« ${p.typed} » ne se lit pas comme des horaires : gardé comme note pour les visiteurs (« ${p.column} »), sans horaires publiés ; pour les publier, écrivez-les « du lundi au vendredi 9h-12h » ou « Mo-Fr 09:00-12:00; Sa 10:30-12:00 »`,
      coordinates_swapped: (p) => `latitude et longitude semblent inversées (${p.typed} est loin du territoire) : lu ${p.read}, vérifiez le point`,
      far_from_territory: (p) => `ce point est à ${p.km} km des autres lieux du territoire : vérifiez latitude et longitude`,
    },
  },
);
