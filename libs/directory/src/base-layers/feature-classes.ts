import type { BaseLayerKind } from './base-layers.js';

/**
 * Which layer a feature belongs to, from its properties. The convention: a `layer` property
 * (`commune`, `road` or `river`) says it outright; otherwise the tags of common extracts —
 * OpenStreetMap (`boundary=administrative`, `highway=motorway…secondary`, `waterway=river|canal`)
 * and IGN (ADMIN EXPRESS communes: `INSEE_COM`, `NOM`; BD TOPO / ROUTE 500 roads: `CL_ADMIN` or
 * `CLASS_ADM`; watercourses: `CODE_HYDRO`). An area with no tag of something else is taken for a
 * commune (a plain export of commune outlines). Anything else is left out: small roads, streams,
 * buildings, points.
 */
export type GeometryKind = 'area' | 'line';

const LAYER_NAMES: Record<string, BaseLayerKind> = {
  commune: 'commune',
  communes: 'commune',
  boundary: 'commune',
  road: 'road',
  roads: 'road',
  river: 'river',
  rivers: 'river',
  water: 'river',
  waterway: 'river',
};

/** The main roads of an OpenStreetMap extract: what a visitor drives on between villages. */
const MAIN_HIGHWAYS = new Set(['motorway', 'trunk', 'primary', 'secondary', 'motorway_link', 'trunk_link', 'primary_link', 'secondary_link']);
const RIVERS = new Set(['river', 'canal']);
/** IGN's administrative classes of roads kept (accents and case aside). */
const IGN_MAIN_ROADS = new Set(['autoroute', 'nationale', 'departementale']);
/** Tags that say an area is something other than a commune. */
const OTHER_AREA_TAGS = ['natural', 'water', 'waterway', 'landuse', 'building', 'highway', 'amenity', 'leisure', 'place'];
const COMMUNE_KEYS = ['insee_com', 'code_insee', 'nom_com', 'insee'];
const NAME_KEYS = ['name', 'nom', 'nom_com', 'libelle', 'toponyme'];

const plain = (value: unknown) => (typeof value === 'string' ? value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim() : undefined);

/** Properties by lower-case key: extracts write `NOM`, `nom` or `Nom`. */
function lowerKeys(properties: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(properties).map(([key, value]) => [key.toLowerCase(), value]));
}

export function featureClass(properties: Record<string, unknown>, geometry: GeometryKind): { layer: BaseLayerKind; name?: string } | undefined {
  const tags = lowerKeys(properties);
  const layer = classOf(tags, geometry);
  if (!layer || (layer === 'commune') !== (geometry === 'area')) return undefined;
  const name = NAME_KEYS.map((key) => tags.get(key)).find((value): value is string => typeof value === 'string' && value.trim() !== '');
  return name === undefined ? { layer } : { layer, name: name.trim().slice(0, 80) };
}

function classOf(tags: Map<string, unknown>, geometry: GeometryKind): BaseLayerKind | undefined {
  const said = plain(tags.get('layer'));
  // OpenStreetMap has a `layer` tag of its own (1 for a bridge): only our words count
  if (said !== undefined && Object.hasOwn(LAYER_NAMES, said)) return LAYER_NAMES[said];
  if (geometry === 'line') {
    const waterway = plain(tags.get('waterway'));
    if (waterway !== undefined) return RIVERS.has(waterway) ? 'river' : undefined;
    const highway = plain(tags.get('highway'));
    if (highway !== undefined) return MAIN_HIGHWAYS.has(highway) ? 'road' : undefined;
    const ignClass = plain(tags.get('cl_admin') ?? tags.get('class_adm'));
    if (ignClass !== undefined) return IGN_MAIN_ROADS.has(ignClass) ? 'road' : undefined;
    if (tags.has('code_hydro') || tags.has('cdentitehydro')) return 'river';
    return undefined;
  }
  if (plain(tags.get('boundary')) === 'administrative' || COMMUNE_KEYS.some((key) => tags.has(key))) return 'commune';
  return OTHER_AREA_TAGS.some((key) => tags.has(key)) ? undefined : 'commune';
}
