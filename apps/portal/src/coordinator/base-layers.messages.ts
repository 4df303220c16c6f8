import { defineMessages, plural } from '#common';

export const BASE_LAYER_MESSAGES = defineMessages(
  'fr',
  {
    title: 'Fond de carte des brochures',
    link: 'Fond de carte',
    lead: 'Les contours des communes, les routes principales et les rivières, dessinés sous les points de la carte des brochures : envoyés une fois, gardés ici, imprimés sans connexion.',
    how: 'Un fichier GeoJSON en longitude/latitude WGS 84 (5 Mo au plus) : un extrait OpenStreetMap (overpass-turbo) ou IGN ADMIN EXPRESS pour les communes. Chaque objet dit ce qu’il est par une propriété « layer » (commune, road, river) ou par ses étiquettes OpenStreetMap (boundary, highway, waterway) ; les noms viennent de « name » ou « nom ». Le dessin est simplifié à la finesse de l’impression.',
    current: 'Fond de carte actuel',
    none: 'Aucun fond de carte : la carte des brochures montre les points sur fond blanc.',
    kept: (communes: number, roads: number, rivers: number) =>
      `${plural('fr', communes, { one: '{n} commune', other: '{n} communes' })}, ${plural('fr', roads, { one: '{n} route', other: '{n} routes' })}, ${plural('fr', rivers, { one: '{n} rivière', other: '{n} rivières' })}`,
    skipped: (n: number) => `${n} objets laissés de côté (points, petites routes, ruisseaux, bâtiments…)`,
    points: (received: number, kept: number) => `${received} points reçus, ${kept} gardés après simplification`,
    uploadedAt: (when: string) => `Envoyé le ${when}`,
    file: 'Fichier GeoJSON (.geojson, .json)',
    upload: 'Envoyer le fond de carte',
    replace: 'Remplacer le fond de carte',
    remove: 'Retirer le fond de carte',
    missingFile: 'Choisissez un fichier GeoJSON.',
    tooLarge: 'Fichier trop grand : 5 Mo au plus. Ne gardez que les communes, routes principales et rivières du territoire, ou simplifiez-le (mapshaper).',
    saved: 'Fond de carte enregistré : il est dessiné sous les points des prochaines brochures.',
    removed: 'Fond de carte retiré.',
  },
  {
    en: {
      title: 'Base layers of the brochures’ map',
      link: 'Map base layers',
      lead: 'Commune outlines, main roads and rivers, drawn under the points of the brochures’ map: uploaded once, kept here, printed without any connection.',
      how: 'A GeoJSON file in WGS 84 longitude/latitude (5 MB at most): an OpenStreetMap extract (overpass-turbo), or IGN ADMIN EXPRESS for the communes. Each feature says what it is by a “layer” property (commune, road, river) or by its OpenStreetMap tags (boundary, highway, waterway); names come from “name” or “nom”. The drawing is simplified to what print shows.',
      current: 'Current base layers',
      none: 'No base layers: the brochures’ map shows its points on white.',
      kept: (communes, roads, rivers) =>
        `${plural('en', communes, { one: '{n} commune', other: '{n} communes' })}, ${plural('en', roads, { one: '{n} road', other: '{n} roads' })}, ${plural('en', rivers, { one: '{n} river', other: '{n} rivers' })}`,
      skipped: (n) => `${n} features left out (points, small roads, streams, buildings…)`,
      points: (received, kept) => `${received} points received, ${kept} kept once simplified`,
      uploadedAt: (when) => `Uploaded on ${when}`,
      file: 'GeoJSON file (.geojson, .json)',
      upload: 'Upload the base layers',
      replace: 'Replace the base layers',
      remove: 'Remove the base layers',
      missingFile: 'Choose a GeoJSON file.',
      tooLarge: 'File too large: 5 MB at most. Keep only the territory’s communes, main roads and rivers, or simplify it (mapshaper).',
      saved: 'Base layers saved: the next brochures draw them under their points.',
      removed: 'Base layers removed.',
    },
  },
);
