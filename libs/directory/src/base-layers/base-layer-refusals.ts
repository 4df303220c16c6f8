import { defineMessages } from '#common';

/** What is wrong with a part of the file, by key: the refusal's `problem` parameter. */
const PROBLEMS = {
  en: {
    features: 'must be an array of features',
    feature: 'must be an object of type "Feature"',
    properties: 'must be an object or null',
    geometry: 'must be a GeoJSON geometry or null',
    geometry_type: 'is no GeoJSON geometry type',
    array: 'must be an array',
    position: 'must be a position [longitude, latitude]',
    line: 'a line needs at least 2 positions',
    polygon: 'a polygon needs an outer ring',
    ring: 'a ring needs at least 4 positions, the last the same as the first',
  },
  fr: {
    features: 'doit être une liste d’objets (features)',
    feature: 'doit être un objet de type « Feature »',
    properties: 'doit être un objet ou null',
    geometry: 'doit être une géométrie GeoJSON ou null',
    geometry_type: 'n’est pas un type de géométrie GeoJSON',
    array: 'doit être une liste',
    position: 'doit être une position [longitude, latitude]',
    line: 'une ligne demande au moins 2 positions',
    polygon: 'un polygone demande un contour extérieur',
    ring: 'un contour demande au moins 4 positions, la dernière égale à la première',
  },
} as const;
export type GeometryProblem = keyof (typeof PROBLEMS)['en'];
const problem = (lang: 'en' | 'fr', key: string) => PROBLEMS[lang][key as GeometryProblem] ?? key;

/** Why an upload of base layers is refused, by code: each names what is wrong and, where it helps, how to mend it. */
export const BASE_LAYER_REFUSALS = defineMessages(
  'en',
  {
    not_json: (p: { detail: string }) => `the file is not JSON (${p.detail}): export the layers as GeoJSON`,
    not_feature_collection: (p: { found: string }) => `the file is JSON but not a GeoJSON FeatureCollection (its "type" is ${p.found})`,
    not_wgs84: (p: { crs: string }) =>
      `the file declares the coordinate system ${p.crs}: reproject it to WGS 84 longitude/latitude (EPSG:4326), e.g. ogr2ogr -t_srs EPSG:4326`,
    bad_geometry: (p: { at: string; problem: string }) => `at ${p.at}: ${problem('en', p.problem)}`,
    out_of_range: (p: { at: string; position: string }) =>
      `the position ${p.at} is [${p.position}], not a longitude between -180 and 180 and a latitude between -90 and 90: reproject the file to WGS 84 (EPSG:4326)`,
    file_too_large: (p: { size: string; max: string }) =>
      `the file is ${p.size}, more than ${p.max}: keep only the territory's communes, main roads and rivers, or simplify it (mapshaper)`,
    too_many_features: (p: { count: number; max: number }) => `the file has ${p.count} features, more than ${p.max}: keep only the territory's`,
    too_many_vertices: (p: { max: number }) => `the file has more than ${p.max} points: simplify it first (mapshaper -simplify 10%)`,
    nothing_usable: (p: { skipped: number }) =>
      `no commune outline, road or river found (${p.skipped} features left out): give each feature a "layer" property (commune, road or river) or OpenStreetMap tags (boundary, highway, waterway)`,
    no_base_layers: 'this territory has no base layers',
  },
  {
    fr: {
      not_json: (p) => `Le fichier n’est pas du JSON (${p.detail}) : exportez les couches en GeoJSON.`,
      not_feature_collection: (p) => `Le fichier est du JSON mais pas une FeatureCollection GeoJSON (son « type » est ${p.found}).`,
      not_wgs84: (p) =>
        `Le fichier est dans le système de coordonnées ${p.crs} : reprojetez-le en longitude/latitude WGS 84 (EPSG:4326), par exemple ogr2ogr -t_srs EPSG:4326.`,
      bad_geometry: (p) => `À ${p.at} : ${problem('fr', p.problem)}.`,
      out_of_range: (p) =>
        `La position ${p.at} vaut [${p.position}], qui n’est pas une longitude entre -180 et 180 et une latitude entre -90 et 90 : reprojetez le fichier en WGS 84 (EPSG:4326).`,
      file_too_large: (p) =>
        `Le fichier fait ${p.size}, plus que ${p.max} : ne gardez que les communes, routes principales et rivières du territoire, ou simplifiez-le (mapshaper).`,
      too_many_features: (p) => `Le fichier compte ${p.count} objets, plus que ${p.max} : ne gardez que ceux du territoire.`,
      too_many_vertices: (p) => `Le fichier compte plus de ${p.max} points : simplifiez-le d’abord (mapshaper -simplify 10%).`,
      nothing_usable: (p) =>
        `Aucun contour de commune, route ou rivière trouvé (${p.skipped} objets ignorés) : donnez à chaque objet une propriété « layer » (commune, road ou river) ou des étiquettes OpenStreetMap (boundary, highway, waterway).`,
      no_base_layers: 'Ce territoire n’a pas de fond de carte.',
    },
  },
);
