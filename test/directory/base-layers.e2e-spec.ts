import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const GEOJSON = 'application/geo+json';
const ring = (lon: number, lat: number) => [
  [lon, lat],
  [lon + 0.08, lat],
  [lon + 0.08, lat + 0.06],
  [lon, lat + 0.06],
  [lon, lat],
];
/** What an overpass-turbo export of a few communes, a road, a river and some noise looks like. */
const EXTRACT = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { boundary: 'administrative', admin_level: '8', name: 'Parthenay' },
      geometry: { type: 'Polygon', coordinates: [ring(-0.3, 46.62)] },
    },
    {
      type: 'Feature',
      properties: { boundary: 'administrative', admin_level: '8', name: 'Le Tallud' },
      geometry: { type: 'Polygon', coordinates: [ring(-0.38, 46.62)] },
    },
    {
      type: 'Feature',
      properties: { highway: 'primary', ref: 'N149' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-0.38, 46.6],
          [-0.22, 46.7],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { waterway: 'river', name: 'Le Thouet' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-0.38, 46.63],
          [-0.3, 46.65],
          [-0.22, 46.66],
        ],
      },
    },
    { type: 'Feature', properties: { amenity: 'townhall' }, geometry: { type: 'Point', coordinates: [-0.25, 46.65] } },
  ],
};
const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

describe('a territory’s base layers, uploaded once by its coordinator', () => {
  let t: TestApp;
  let territoryId: string;
  let coordinator: Member;
  const base = () => `/api/v1/territories/${territoryId}/base-layers`;
  // as text: superagent would write a Buffer as JSON of its bytes under a +json type
  const upload = (body: unknown, as = coordinator.token) => t.as(as).put(base()).set('content-type', GEOJSON).send(text(body));

  beforeAll(async () => {
    t = await startTestApp();
    territoryId = (await factories(t).territory()).id;
    coordinator = await t.member(territoryId, 'coordinator');
  });
  afterAll(() => t.close());

  it('keeps the communes, the main road and the river of an OpenStreetMap extract, says what it left out, and writes it in the audit trail', async () => {
    const response = await upload(EXTRACT).expect(200);
    expect(response.body).toMatchObject({ territoryId, communes: 2, roads: 1, rivers: 1, skipped: 1, pointsReceived: 15, bounds: [-0.38, 46.6, -0.22, 46.7] });
    const stored = (await t.as(coordinator.token).get(base()).expect(200)).body;
    expect(stored.layers.features.map((f: { properties: object }) => f.properties)).toEqual([
      { layer: 'commune', name: 'Parthenay' },
      { layer: 'commune', name: 'Le Tallud' },
      { layer: 'road' },
      { layer: 'river', name: 'Le Thouet' },
    ]);
    const [entry] = await t.dataSource.query(`SELECT action, changes FROM audit_entries WHERE territory_id = $1 AND action = 'upload_base_layers'`, [
      territoryId,
    ]);
    expect(entry.changes.baseLayers.to).toMatch(/^2 communes, 1 roads, 1 rivers/);
  });

  it('refuses what is not base layers, naming what is wrong, and keeps what it had', async () => {
    const refused = async (body: unknown, status = 400) => {
      const response = await upload(body);
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      return response.body as { code?: string; message: string; errors?: { field: string; code: string; message: string }[] };
    };
    expect((await refused('<svg>not a map</svg>')).errors).toEqual([expect.objectContaining({ field: 'file', code: 'not_json' })]);
    expect((await refused({ type: 'Topology', objects: {} })).errors![0]).toMatchObject({
      code: 'not_feature_collection',
      message: expect.stringContaining('"Topology"'),
    });
    // Lambert 93, as an IGN file comes before reprojection
    const lambert = {
      type: 'FeatureCollection',
      features: [
        {
          ...EXTRACT.features[2],
          geometry: {
            type: 'LineString',
            coordinates: [
              [456789, 6612345],
              [457000, 6612400],
            ],
          },
        },
      ],
    };
    expect((await refused(lambert)).errors![0]).toMatchObject({
      code: 'out_of_range',
      message: expect.stringContaining('features[0].geometry.coordinates[0] is [456789, 6612345]'),
    });
    const tooBig = await refused(`{"type":"FeatureCollection","features":[]${' '.repeat(6 * 1024 * 1024)}}`, 413);
    expect(tooBig).toMatchObject({ code: 'file_too_large', message: expect.stringContaining('more than 5.0 MB') });
    expect((await t.as(coordinator.token).get(base()).expect(200)).body.communes).toBe(2);
  });

  it('is the coordinator’s: a host may neither see nor change them; removing them draws the map on white again', async () => {
    const host = await t.member(territoryId, 'host');
    await upload(EXTRACT, host.token).expect(403);
    await t.as(host.token).get(base()).expect(403);
    await t.as(coordinator.token).delete(base()).expect(204);
    expect((await t.as(coordinator.token).get(base()).expect(404)).body.code).toBe('no_base_layers');
  });

  it('the coordinator’s page uploads a file and says a refusal beside its field, in French', async () => {
    const agent = await signedInAgent(t, coordinator.email);
    const page = await agent.get(`/app/coordinator/${territoryId}/base-layers`).expect(200);
    expect(page.text).toContain('Aucun fond de carte');
    const post = (file: string, name: string) =>
      agent.post(`/app/coordinator/${territoryId}/base-layers`).field('_csrf', csrfOf(page.text)).attach('file', Buffer.from(file), name);
    const wrong = await post(
      text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,91],[0,0]]}}]}'),
      'communes.geojson',
    );
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('features[0].geometry.coordinates[0] vaut [0, 91]');
    const saved = await post(text(EXTRACT), 'gatine.geojson');
    expect(saved.status).toBe(303);
    const after = await agent.get(saved.headers.location).expect(200);
    expect(after.text).toContain('2 communes, 1 route, 1 rivière');
  });
});
