import { createServer, type Server } from 'node:http';

/** What the double answers for an address: where it is, and how sure the national address base would be. */
export interface KnownAddress {
  latitude: number;
  longitude: number;
  score: number;
  label: string;
}

/**
 * A geocoder on a loopback port that answers as France's national address base (BAN) does at
 * `/search/`: a GeoJSON FeatureCollection of the best features for `q`, filtered by `citycode`
 * or `postcode`. It knows the addresses a test gives it (by `q`, case aside) and nothing else.
 */
export class FakeGeocoder {
  readonly asked: URLSearchParams[] = [];
  private server?: Server;

  constructor(private readonly known: Record<string, KnownAddress & { citycode: string }>) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname !== '/search/') return void response.writeHead(404).end();
      this.asked.push(url.searchParams);
      const found = this.known[(url.searchParams.get('q') ?? '').toLowerCase()];
      const filter = url.searchParams.get('citycode');
      const features =
        found && (filter === null || filter === found.citycode)
          ? [
              {
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [found.longitude, found.latitude] },
                properties: { label: found.label, score: found.score, citycode: found.citycode, type: 'housenumber' },
              },
            ]
          : [];
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'FeatureCollection', version: 'draft', features }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as { port: number }).port}/search/`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
