import { defineMessages } from '#common';

/** Why an upload of base layers is refused, by code: each names what is wrong and, where it helps, how to mend it. */
export const BASE_LAYER_REFUSALS = defineMessages(
  'en',
  {
    not_json: (p: { detail: string }) => `the file is not JSON (${p.detail}): export the layers as GeoJSON`,
    not_feature_collection: (p: { found: string }) => `the file is JSON but not a GeoJSON FeatureCollection (its "type" is ${p.found})`,
    not_wgs84: (p: { crs: string }) =>
      `the file declares the coordinate system ${p.crs}: reproject it to WGS 84 longitude/latitude (EPSG:4326), e.g. ogr2ogr -t_srs EPSG:4326`,
    bad_geometry: (p: { at: string; problem: string }) => `at ${p.at}: ${p.problem}`,
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
      bad_geometry: (p) => `À ${p.at} : ${p.problem}.`,
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
