/** Longitude, latitude (WGS 84), as GeoJSON writes them. */
export type Position = [number, number];

export type BaseLayerKind = 'commune' | 'road' | 'river';

export interface CommuneFeature {
  type: 'Feature';
  properties: { layer: 'commune'; name?: string };
  geometry: { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export interface LineFeature {
  type: 'Feature';
  properties: { layer: 'road' | 'river'; name?: string };
  geometry: { type: 'MultiLineString'; coordinates: Position[][] };
}

export type BaseLayerFeature = CommuneFeature | LineFeature;

/**
 * A territory's base layers as stored and printed: GeoJSON again, normalised (one `layer` and an
 * optional `name` per feature, every area a MultiPolygon, every line a MultiLineString),
 * simplified to what a printed map shows.
 */
export interface BaseLayers {
  type: 'FeatureCollection';
  features: BaseLayerFeature[];
}

/** What an upload kept, and what it left out. */
export interface BaseLayerSummary {
  communes: number;
  roads: number;
  rivers: number;
  /** Features that are valid GeoJSON but no commune, main road or river (points, small roads, streams, buildings…). */
  skipped: number;
  pointsReceived: number;
  pointsKept: number;
  /** West, south, east, north. */
  bounds: [number, number, number, number];
}
