import { HttpStatus } from '@nestjs/common';
import { invalidField, refusal, Refused } from '#common';
import { BASE_LAYER_REFUSALS, type GeometryProblem } from './base-layer-refusals.js';
import type { BaseLayerFeature, BaseLayers, BaseLayerSummary, Position } from './base-layers.js';
import { featureClass, type GeometryKind } from './feature-classes.js';
import { planeAt, printTolerance, rounded, simplifyLine, simplifyRing } from './simplification.js';

/** A commune extract of a département is about 2 MB as GeoJSON once simplified; a territory's layers far less. */
export const MAX_BASE_LAYER_BYTES = 5 * 1024 * 1024;
export const MAX_BASE_LAYER_FEATURES = 20_000;
/** Points read before simplification: bounds the work of one upload. */
export const MAX_BASE_LAYER_POINTS = 300_000;

/** The coordinate systems that are WGS 84 longitude/latitude, as old GeoJSON files name them. */
const WGS84_NAMES = new Set(['urn:ogc:def:crs:ogc:1.3:crs84', 'urn:ogc:def:crs:epsg::4326', 'epsg:4326', 'crs84']);

const refuse = (said: Parameters<typeof invalidField>[1]) => invalidField('file', said);
const bad = (at: string, problem: GeometryProblem) => refuse(refusal(BASE_LAYER_REFUSALS, 'bad_geometry', { at, problem }));
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

interface ReadGeometry {
  kind: GeometryKind;
  /** Polygons as lists of rings (the outer one first), or lines each as one polygon of one "ring". */
  parts: Position[][][];
}

/**
 * Reads an uploaded GeoJSON strictly — JSON, a FeatureCollection, WGS 84, every position in
 * range, rings closed — and keeps the commune outlines, main roads and rivers (feature-classes.ts),
 * simplified to the printed map's resolution. Refusals name what is wrong and where
 * (`features[3].geometry.coordinates[0][5]`); too large is 413.
 */
export function readBaseLayers(input: unknown): { layers: BaseLayers; summary: BaseLayerSummary } {
  const value = Buffer.isBuffer(input) ? parseJson(input) : input;
  if (!isObject(value) || value.type !== 'FeatureCollection') {
    const found = isObject(value) ? JSON.stringify(value.type ?? null).slice(0, 40) : Array.isArray(value) ? 'an array' : typeof value;
    throw refuse(refusal(BASE_LAYER_REFUSALS, 'not_feature_collection', { found }));
  }
  checkCrs(value.crs);
  if (!Array.isArray(value.features)) throw bad('features', 'features');
  const features: unknown[] = value.features;
  if (features.length > MAX_BASE_LAYER_FEATURES) {
    throw new Refused(
      HttpStatus.PAYLOAD_TOO_LARGE,
      refusal(BASE_LAYER_REFUSALS, 'too_many_features', { count: features.length, max: MAX_BASE_LAYER_FEATURES }),
    );
  }

  const read: { class: NonNullable<ReturnType<typeof featureClass>>; geometry: ReadGeometry }[] = [];
  let skipped = 0;
  let points = 0;
  features.forEach((feature, i) => {
    const at = `features[${i}]`;
    if (!isObject(feature) || feature.type !== 'Feature') throw bad(at, 'feature');
    if (feature.properties !== null && feature.properties !== undefined && !isObject(feature.properties)) throw bad(`${at}.properties`, 'properties');
    const geometry = readGeometry(feature.geometry, `${at}.geometry`);
    if (!geometry) return void skipped++;
    points += geometry.parts.reduce((n, part) => n + part.reduce((m, each) => m + each.length, 0), 0);
    if (points > MAX_BASE_LAYER_POINTS) {
      throw new Refused(HttpStatus.PAYLOAD_TOO_LARGE, refusal(BASE_LAYER_REFUSALS, 'too_many_vertices', { max: MAX_BASE_LAYER_POINTS }));
    }
    const found = featureClass(feature.properties ?? {}, geometry.kind);
    if (!found) return void skipped++;
    read.push({ class: found, geometry });
  });
  if (read.length === 0) throw refuse(refusal(BASE_LAYER_REFUSALS, 'nothing_usable', { skipped }));
  return simplified(read, skipped, points);
}

function parseJson(bytes: Buffer): unknown {
  if (bytes.length > MAX_BASE_LAYER_BYTES) {
    throw new Refused(
      HttpStatus.PAYLOAD_TOO_LARGE,
      refusal(BASE_LAYER_REFUSALS, 'file_too_large', { size: megabytes(bytes.length), max: megabytes(MAX_BASE_LAYER_BYTES) }),
    );
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = text.trim() === '' ? 'it is empty' : (error as Error).message.slice(0, 100);
    throw refuse(refusal(BASE_LAYER_REFUSALS, 'not_json', { detail }));
  }
}

function checkCrs(crs: unknown): void {
  if (crs === undefined || crs === null) return;
  const name = isObject(crs) && isObject(crs.properties) ? crs.properties.name : undefined;
  if (typeof name === 'string' && WGS84_NAMES.has(name.toLowerCase())) return;
  throw refuse(refusal(BASE_LAYER_REFUSALS, 'not_wgs84', { crs: typeof name === 'string' ? name.slice(0, 60) : JSON.stringify(crs).slice(0, 60) }));
}

/** Null, points and collections are no base layer (undefined); lines and areas are read strictly. */
function readGeometry(geometry: unknown, at: string): ReadGeometry | undefined {
  if (geometry === null) return undefined;
  if (!isObject(geometry) || typeof geometry.type !== 'string') throw bad(at, 'geometry');
  const coordinates = geometry.coordinates;
  const here = `${at}.coordinates`;
  switch (geometry.type) {
    case 'LineString':
      return { kind: 'line', parts: [[line(coordinates, here)]] };
    case 'MultiLineString':
      return { kind: 'line', parts: list(coordinates, here).map((each, i) => [line(each, `${here}[${i}]`)]) };
    case 'Polygon':
      return { kind: 'area', parts: [polygon(coordinates, here)] };
    case 'MultiPolygon':
      return { kind: 'area', parts: list(coordinates, here).map((each, i) => polygon(each, `${here}[${i}]`)) };
    case 'Point':
    case 'MultiPoint':
    case 'GeometryCollection':
      return undefined;
    default:
      throw bad(`${at}.type`, 'geometry_type');
  }
}

function list(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw bad(at, 'array');
  return value;
}

function position(value: unknown, at: string): Position {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw bad(at, 'position');
  }
  const [lon, lat] = value as number[];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    throw refuse(refusal(BASE_LAYER_REFUSALS, 'out_of_range', { at, position: `${lon}, ${lat}` }));
  }
  return [lon, lat];
}

function line(value: unknown, at: string): Position[] {
  const positions = list(value, at).map((each, i) => position(each, `${at}[${i}]`));
  if (positions.length < 2) throw bad(at, 'line');
  return positions;
}

function polygon(value: unknown, at: string): Position[][] {
  const rings = list(value, at).map((each, i) => line(each, `${at}[${i}]`));
  if (rings.length === 0) throw bad(at, 'polygon');
  rings.forEach((ring, i) => {
    const [first, last] = [ring[0], ring[ring.length - 1]];
    if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1]) throw bad(`${at}[${i}]`, 'ring');
  });
  return rings;
}

function simplified(read: { class: NonNullable<ReturnType<typeof featureClass>>; geometry: ReadGeometry }[], skipped: number, pointsReceived: number) {
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const { geometry } of read)
    for (const part of geometry.parts)
      for (const each of part)
        for (const [lon, lat] of each) [west, south, east, north] = [Math.min(west, lon), Math.min(south, lat), Math.max(east, lon), Math.max(north, lat)];
  const plane = planeAt((south + north) / 2);
  const [x0, y0] = plane([west, south]);
  const [x1, y1] = plane([east, north]);
  const tolerance = printTolerance(Math.max(x1 - x0, y1 - y0));

  const features: BaseLayerFeature[] = [];
  for (const { class: found, geometry } of read) {
    const properties = found.name === undefined ? {} : { name: found.name };
    if (found.layer === 'commune') {
      // a polygon whose outer ring is a speck at print scale goes, holes and all
      const polygons = geometry.parts
        .map((rings) => rings.map((ring) => simplifyRing(ring, tolerance, plane)))
        .filter((rings) => rings[0] !== undefined)
        .map((rings) => rings.filter((ring): ring is Position[] => ring !== undefined).map((ring) => ring.map(rounded)));
      if (polygons.length > 0)
        features.push({ type: 'Feature', properties: { layer: 'commune', ...properties }, geometry: { type: 'MultiPolygon', coordinates: polygons } });
    } else {
      const lines = geometry.parts.map(([each]) => simplifyLine(each, tolerance, plane).map(rounded));
      features.push({ type: 'Feature', properties: { layer: found.layer, ...properties }, geometry: { type: 'MultiLineString', coordinates: lines } });
    }
  }
  const count = (layer: string) => features.filter((f) => f.properties.layer === layer).length;
  const pointsKept = features.reduce(
    (n, f) => n + (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat(2) : f.geometry.coordinates.flat(1)).length,
    0,
  );
  const summary: BaseLayerSummary = {
    communes: count('commune'),
    roads: count('road'),
    rivers: count('river'),
    skipped,
    pointsReceived,
    pointsKept,
    bounds: [west, south, east, north].map((n) => Math.round(n * 1e5) / 1e5) as BaseLayerSummary['bounds'],
  };
  return { layers: { type: 'FeatureCollection' as const, features }, summary };
}
