import { describe, expect, it } from 'vitest';
import { readBaseLayers } from './geojson-reading.js';

const square = (lon: number, lat: number, side = 0.05) => [
  [
    [lon, lat],
    [lon + side, lat],
    [lon + side, lat + side],
    [lon, lat + side],
    [lon, lat],
  ],
];
const feature = (properties: object, geometry: object) => ({ type: 'Feature', properties, geometry });
const collection = (...features: object[]) => Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
const refusalOf = (file: unknown) => {
  try {
    readBaseLayers(file);
  } catch (error) {
    const { fieldErrors, refusal, status } = error as { fieldErrors?: { code?: string; message: string }[]; refusal?: { code: string }; status?: number };
    return { code: fieldErrors?.[0]?.code ?? refusal?.code, message: fieldErrors?.[0]?.message ?? (error as Error).message, status };
  }
  throw new Error('read without refusal');
};

describe('reading a territory’s base layers', () => {
  it('keeps commune outlines, main roads and rivers from an OpenStreetMap or IGN extract, and leaves the rest out', () => {
    const { layers, summary } = readBaseLayers(
      collection(
        feature({ boundary: 'administrative', admin_level: '8', name: 'Secondigny' }, { type: 'Polygon', coordinates: square(-0.45, 46.6) }),
        feature({ NOM: 'Parthenay', INSEE_COM: '79202' }, { type: 'MultiPolygon', coordinates: [square(-0.27, 46.63)] }),
        feature(
          { highway: 'primary', ref: 'D949bis', layer: '1' },
          {
            type: 'LineString',
            coordinates: [
              [-0.45, 46.6],
              [-0.25, 46.65],
            ],
          },
        ),
        feature(
          { highway: 'residential' },
          {
            type: 'LineString',
            coordinates: [
              [-0.3, 46.6],
              [-0.29, 46.6],
            ],
          },
        ),
        feature(
          { waterway: 'river', name: 'Le Thouet' },
          {
            type: 'MultiLineString',
            coordinates: [
              [
                [-0.4, 46.6],
                [-0.3, 46.62],
              ],
            ],
          },
        ),
        feature(
          { waterway: 'stream' },
          {
            type: 'LineString',
            coordinates: [
              [-0.4, 46.6],
              [-0.39, 46.6],
            ],
          },
        ),
        feature(
          { CL_ADMIN: 'Départementale' },
          {
            type: 'LineString',
            coordinates: [
              [-0.4, 46.7],
              [-0.3, 46.7],
            ],
          },
        ),
        feature({ amenity: 'townhall' }, { type: 'Point', coordinates: [-0.41, 46.61] }),
        feature({ building: 'yes' }, { type: 'Polygon', coordinates: square(-0.41, 46.61, 0.001) }),
      ),
    );
    expect(summary).toMatchObject({ communes: 2, roads: 2, rivers: 1, skipped: 4 });
    expect(layers.features.map((f) => [f.properties.layer, f.properties.name, f.geometry.type])).toEqual([
      ['commune', 'Secondigny', 'MultiPolygon'],
      ['commune', 'Parthenay', 'MultiPolygon'],
      ['road', undefined, 'MultiLineString'],
      ['river', 'Le Thouet', 'MultiLineString'],
      ['road', undefined, 'MultiLineString'],
    ]);
  });

  it('simplifies to the printed map’s resolution: a wiggly river of 2,000 points keeps its course in far fewer', () => {
    const river = Array.from({ length: 2000 }, (_, i) => [-0.5 + i * 0.0002, 46.6 + 0.02 * Math.sin(i / 200) + 0.00001 * Math.sin(i)]);
    const { layers, summary } = readBaseLayers(collection(feature({ layer: 'river' }, { type: 'LineString', coordinates: river })));
    expect(summary.pointsReceived).toBe(2000);
    expect(summary.pointsKept).toBeLessThan(100);
    const kept = layers.features[0].geometry.coordinates[0] as number[][];
    expect(kept[0]).toEqual([-0.5, 46.6]);
    // still within about 60 m (0.5 mm at the scale of an A4 map of half this 40 km layer) of the sine it follows
    for (const [lon, lat] of kept) expect(Math.abs(lat - (46.6 + 0.02 * Math.sin((lon + 0.5) / 0.0002 / 200)))).toBeLessThan(0.001);
  });

  it('refuses, naming what is wrong: not JSON, not a FeatureCollection, another coordinate system, positions out of range, open rings, nothing usable, too large', () => {
    expect(refusalOf(Buffer.from('PK\u0003\u0004 a zip'))).toMatchObject({ code: 'not_json', status: 400 });
    expect(refusalOf(Buffer.from(''))).toMatchObject({ code: 'not_json', message: expect.stringContaining('empty') });
    expect(refusalOf(Buffer.from('{"type":"Feature","geometry":null}'))).toMatchObject({
      code: 'not_feature_collection',
      message: expect.stringContaining('"Feature"'),
    });
    expect(
      refusalOf(Buffer.from('{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},"features":[]}')),
    ).toMatchObject({
      code: 'not_wgs84',
      message: expect.stringContaining('EPSG::2154'),
    });
    // Lambert 93 coordinates without a crs member
    expect(
      refusalOf(
        collection(
          feature(
            {},
            {
              type: 'LineString',
              coordinates: [
                [456789, 6612345],
                [456800, 6612400],
              ],
            },
          ),
        ),
      ),
    ).toMatchObject({
      code: 'out_of_range',
      message: expect.stringContaining('features[0].geometry.coordinates[0] is [456789, 6612345]'),
    });
    const open = square(-0.4, 46.6)[0].slice(0, 4);
    expect(refusalOf(collection(feature({}, { type: 'Polygon', coordinates: [open] })))).toMatchObject({
      code: 'bad_geometry',
      message: expect.stringContaining('features[0].geometry.coordinates[0]: a ring needs'),
    });
    expect(refusalOf(collection(feature({ amenity: 'bench' }, { type: 'Point', coordinates: [-0.4, 46.6] })))).toMatchObject({ code: 'nothing_usable' });
    expect(refusalOf(Buffer.alloc(6 * 1024 * 1024, ' '))).toMatchObject({ code: 'file_too_large', status: 413, message: expect.stringContaining('6.0 MB') });
  });
});
