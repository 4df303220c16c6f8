import { defineMessages, plural } from '#common';

type Kind = { kind: string };
const nounFr = (p: Kind) => (p.kind === 'accommodations' ? 'hébergement' : 'producteur');
const nounEn = (p: Kind) => (p.kind === 'accommodations' ? 'accommodation' : 'producer');

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
    unknown_categories: (p: { count: number; names: string; categories: string }) =>
      `unknown ${plural('en', p.count, { one: 'category', other: 'categories' })} ${p.names}: use ${p.categories}, separated by | or ,`,
    not_a_choice: (p: { column: string; choices: string; found: string }) => `${p.column} must be one of ${p.choices} (found "${p.found}")`,
    unknown_column: (p: { column: string; columns: string }) => `unknown column "${p.column}": the columns are ${p.columns}`,
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
        `${plural('fr', p.count, { one: 'catégorie inconnue', other: 'catégories inconnues' })} ${p.names} : utilisez ${p.categories}, séparées par | ou ,`,
      not_a_choice: (p) => `${p.column} doit valoir l’une de ces valeurs : ${p.choices} (trouvé « ${p.found} »)`,
      unknown_column: (p) => `colonne inconnue « ${p.column} » : les colonnes sont ${p.columns}`,
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
    },
  },
);
