/**
 * Walks every route the app serves, for each kind of person, against three targets:
 *   mine      — the producer business / accommodation of the producer and host signed in, in territory A;
 *   neighbour — another member's, in the same territory A;
 *   foreign   — territory B's.
 * A route the app serves without a rule here fails the test: every new route needs its rule.
 * Member pages (/app) are visited as a browser would: session cookie, forms posted with their CSRF token.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routesOf } from '../../apps/api/src/app.factory.js';
import { JOIN_ROUTES, SITE_ROUTES } from '../../apps/site/src/routes/site-paths.js';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent, type PortalAgent } from '../support/portal.js';
import { startTestApp, TEST_PASSWORD, type Member, type TestApp } from '../support/test-app.js';

type Who = 'anonymous' | 'producer' | 'host' | 'coordinator' | 'admin';
type Target = 'mine' | 'neighbour' | 'foreign';
const WHO: Who[] = ['anonymous', 'producer', 'host', 'coordinator', 'admin'];
const TARGETS: Target[] = ['mine', 'neighbour', 'foreign'];

interface World {
  territory: Record<Target, string>;
  producer: Record<Target, string>;
  accommodation: Record<Target, string>;
  publishedOffer: Record<Target, string>;
  membership: Record<Target, string>;
  people: Record<Exclude<Who, 'anonymous'>, Member | { token: string; email: string }>;
  /** A producer of territory B, to make B's uses. */
  foreignProducer: Member;
}

interface Rule {
  /** Path with `:id` filled by `target`; body to send. Fresh targets are made per call where the request changes them. */
  id?: (world: World, target: Target) => Promise<string> | string;
  /** The whole path, for routes with several parameters. */
  path?: (world: World, target: Target) => Promise<string> | string;
  /** Member pages (/app): a browser signed in afresh for each call, for routes that end the session. */
  freshSession?: boolean;
  /** Runs before each call. */
  before?: () => Promise<unknown>;
  body?: (world: World, target: Target) => object;
  headers?: () => Record<string, string>;
  /** The people are asked one after another, not at once: what one request changes decides another's answer. */
  oneAtATime?: boolean;
  /** Expected status per person: one for every target, or three in the order mine, neighbour, foreign. */
  expect: Record<Who, string>;
}

/** Coordinators of the target's territory (and the platform admin) only. */
const coordinatorsOnly = (status: string): Record<Who, string> => ({
  anonymous: '401',
  producer: '403',
  host: '403',
  coordinator: `${status} ${status} 403`,
  admin: status,
});
const coordinatorPages = (status: string): Record<Who, string> => ({ ...coordinatorsOnly(status), anonymous: '303' });
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date()));
const MEMBERSHIP_TERMS = {
  yearStartsMonth: 1,
  producerFeeCents: 3000,
  hostFeeCents: 2000,
  charter: { fr: 'La charte.' },
  paymentInstructions: { fr: 'Par chèque.' },
  lapsedPolicy: 'flag',
  graceDays: 60,
};
/** The smallest base layers: one commune's outline. */
const BASE_LAYERS = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { layer: 'commune', name: 'Parthenay' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-0.3, 46.6],
            [-0.2, 46.6],
            [-0.2, 46.7],
            [-0.3, 46.7],
            [-0.3, 46.6],
          ],
        ],
      },
    },
  ],
};
const paymentOf = (producerId: string) => ({
  year: YEAR,
  memberKind: 'producer',
  memberId: producerId,
  method: 'cash',
  paidOn: `${YEAR}-03-02`,
  amountCents: 3000,
});

/** A multipart upload of a 1×1 PNG in the field `file`, as the image routes take it. */
const IMAGE_BOUNDARY = 'matrix-image-boundary';
const imageUpload = {
  headers: () => ({ 'content-type': `multipart/form-data; boundary=${IMAGE_BOUNDARY}` }),
  body: () =>
    Buffer.concat([
      Buffer.from(`--${IMAGE_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="dot.png"\r\nContent-Type: image/png\r\n\r\n`),
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
      Buffer.from(`\r\n--${IMAGE_BOUNDARY}--\r\n`),
    ]),
};

/** The same PNG in the field `files`, as the coupon scans take them (no QR code in it: nothing recorded). */
const scanUpload = {
  headers: imageUpload.headers,
  body: () => Buffer.from(imageUpload.body().toString('latin1').replace('name="file"', 'name="files"'), 'latin1'),
};

const everyone = (status: number) => Object.fromEntries(WHO.map((who) => [who, `${status}`])) as Record<Who, string>;

/**
 * The matrix for the routes `include` accepts: split across files so that its parts run in
 * parallel; the part with `checksEveryRoute` also fails on a served route without a rule.
 */
export function authorizationMatrix(part: string, include: (route: string) => boolean, checksEveryRoute = false): void {
  describe(`authorization matrix, ${part}: every route × every role × own / other member / other territory`, () => {
    let t: TestApp;
    let world: World;
    let make: ReturnType<typeof factories>;
    // The matrix signs in, asks for resets and takes passes far more often than a person would: the throttles are tested on their own.
    const forgetThrottles = () => t.dataSource.query('DELETE FROM throttle_events');
    const browsers = new Map<Who, { agent: PortalAgent; csrf: string }>();

    /** A browser of the member pages for `who`, and the CSRF token its pages carry. */
    const browserOf = async (who: Who, fresh = false) => {
      const known = browsers.get(who);
      if (known && !fresh) return known;
      await forgetThrottles();
      const agent = who === 'anonymous' ? request.agent(t.app.getHttpServer()) : await signedInAgent(t, world.people[who].email);
      const csrf = csrfOf((await agent.get(who === 'anonymous' ? '/app/sign-in' : '/app').expect(200)).text);
      const browser = { agent, csrf };
      if (!fresh) browsers.set(who, browser);
      return browser;
    };

    const freshOffer = async (target: Target, status: 'draft' | 'published' | 'pending_review') => {
      const offer = await make.offer(world.producer[target]);
      if (status === 'published') await t.http().post(`/api/v1/offers/${offer.id}/publish`).expect(200);
      if (status === 'pending_review') await t.http().post(`/api/v1/offers/${offer.id}/submit`).expect(200);
      return offer.id;
    };
    const freshProducer = async (target: Target) => (await make.producer(world.territory[target])).id;
    const freshAccommodation = async (target: Target) => (await make.accommodation(world.territory[target])).id;
    const freshMembership = async (target: Target, status: 'invited' | 'suspended') => {
      const [user] = await t.dataSource.query(`INSERT INTO users (email) VALUES ($1) RETURNING id`, [`someone-${randomUUID()}@test.test`]);
      const [membership] = await t.dataSource.query(
        `INSERT INTO memberships (user_id, territory_id, role, status) VALUES ($1, $2, 'coordinator', $3) RETURNING id`,
        [user.id, world.territory[target], status],
      );
      return membership.id as string;
    };

    /** A request to join the target's territory, as the site's form stores it. */
    const freshJoinRequest = async (target: Target) => {
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO join_requests (territory_id, kind, business_name, postcode, commune, contact_name, email, offer, lang)
         VALUES ($1, 'producer', $2, '79200', 'Parthenay', 'Claire', $3, 'Du fromage.', 'fr') RETURNING id`,
        [world.territory[target], `Ferme ${randomUUID()}`, `join-${randomUUID()}@test.test`],
      );
      return row.id;
    };
    /** The target territory's open season (opened here without mails), with `producerId` taking part when given. */
    const openSeason = async (target: Target, producerId?: string) => {
      const territoryId = world.territory[target];
      // several people's requests may ask at once: the one open season is made once
      await t.dataSource.query(
        `INSERT INTO seasons (territory_id, name, starts_on, ends_on, print_deadline) VALUES ($1, $2, '2027-04-01', '2027-10-31', '2027-02-28') ON CONFLICT DO NOTHING`,
        [territoryId, `Saison ${randomUUID()}`],
      );
      const [season] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM seasons WHERE territory_id = $1 AND closed_at IS NULL`, [territoryId]);
      if (producerId) {
        await t.dataSource.query(`INSERT INTO season_producers (season_id, producer_id, territory_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          season.id,
          producerId,
          territoryId,
        ]);
      }
      return season.id;
    };
    /** The path `rest` gives, once the target's territory has an open season its producer takes part in. */
    const withSeason = (rest: string | ((w: World, target: Target) => Promise<string> | string)) => async (w: World, target: Target) => {
      await openSeason(target, w.producer[target]);
      return typeof rest === 'string' ? rest : rest(w, target);
    };
    const closeSeasons = () => t.dataSource.query(`UPDATE seasons SET closed_at = now() WHERE closed_at IS NULL`);
    /** A working personal link of a new producer (no offers) of the target territory, as the campaign mails it. */
    const freshSeasonLink = async (target: Target) => {
      const producerId = await freshProducer(target);
      const seasonId = await openSeason(target, producerId);
      const token = randomUUID();
      await t.dataSource.query(
        `INSERT INTO season_links (season_id, producer_id, token_hash, expires_at) VALUES ($1, $2, encode(sha256(convert_to($3, 'UTF8')), 'hex'), now() + interval '1 day')`,
        [seasonId, producerId, token],
      );
      return token;
    };
    const seasonAnswerForm = () => ({ name: `Ferme ${randomUUID()}`, hoursMode: 'text' });
    const joinForm = () => ({
      kind: 'producer',
      businessName: 'La Ferme du Chêne',
      postcode: '79200',
      commune: 'Parthenay',
      contactName: 'Claire',
      email: `join-${randomUUID()}@test.test`,
      offer: 'Du fromage.',
      consent: 'yes',
    });

    const slugOf = async (territoryId: string) =>
      (await t.dataSource.query<{ slug: string }[]>(`SELECT slug FROM territories WHERE id = $1`, [territoryId]))[0].slug;
    const codeOf = async (table: 'accommodations' | 'producers' | 'territories', id: string) =>
      (await t.dataSource.query<{ code: string }[]>(`SELECT code FROM ${table} WHERE id = $1`, [id]))[0].code;

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    /** The pass a tally sheet's rule types in: made by its `path`, read by its `body`. */
    let tallyPass = '';
    const freshEdition = async (territoryId: string) =>
      (await t.http().post(`/api/v1/territories/${territoryId}/editions`).send({ name: 'Saison', format: 'A4', lang: 'fr' })).body.id as string;
    const freshPass = async (target: Target) => {
      const response = await t
        .http()
        .post('/api/v1/passes')
        .send({ accommodationId: world.accommodation[target], arrival: today, departure: today, guests: 2, lang: 'fr' });
      return response.body.code as string;
    };
    const freshRedemption = async (target: Target) => {
      const code = await freshPass(target);
      const by = target === 'foreign' ? world.foreignProducer : (world.people.producer as Member);
      const offerId = target === 'foreign' ? world.publishedOffer.foreign : world.publishedOffer.mine;
      const response = await t.as(by.token).post(`/api/v1/passes/${code}/redemptions`).set('idempotency-key', randomUUID()).send({ offerId });
      return response.body.id as string;
    };

    /** Producer pages: a use recorded by the producer of A with a pass of A, its page under `target`'s producer. */
    const producerUsePath = async (w: World, target: Target) => {
      const code = await freshPass('mine');
      const response = await t
        .as((w.people.producer as Member).token)
        .post(`/api/v1/passes/${code}/redemptions`)
        .set('idempotency-key', randomUUID())
        .send({ offerId: w.publishedOffer.mine });
      return `/app/producer/${w.producer[target]}/redeem/${code}/uses/${response.body.id}`;
    };

    /** A payment recorded for the target's producer (by the platform admin), to cancel or print. */
    const freshPayment = async (w: World, target: Target) =>
      (await t.http().post(`/api/v1/territories/${w.territory[target]}/membership/payments`).send(paymentOf(w.producer[target])).expect(201)).body.id as string;

    const giveFunders = () => t.dataSource.query(`UPDATE territories SET funders = '["Région"]' WHERE funders = '[]'::jsonb`);
    const anyImage = async () => {
      const [image] = await t.dataSource.query(`SELECT hash, mime FROM images LIMIT 1`);
      return `/images/${image.hash}.${image.mime === 'image/png' ? 'png' : 'jpg'}`;
    };

    const RULES: Record<string, Rule> = {
      'POST /api/v1/passes': {
        body: (w, target) => ({ accommodationId: w.accommodation[target], arrival: today, departure: today, guests: 2, lang: 'fr' }),
        expect: { anonymous: '401', producer: '400', host: '201 400 400', coordinator: '201 201 400', admin: '201' },
      },
      'POST /api/v1/passes/self-service': {
        before: forgetThrottles,
        body: () => ({ accommodationCode: 'zzzzzzzz', arrival: today, departure: today, guests: 2, lang: 'fr' }),
        expect: everyone(400),
      },
      'GET /api/v1/passes/:code': { id: (_w, target) => freshPass(target), expect: everyone(200) },
      'GET /api/v1/passes/:code/card.pdf': { id: (_w, target) => freshPass(target), expect: everyone(200) },
      'POST /api/v1/passes/:code/cancel': {
        id: (_w, target) => freshPass(target),
        expect: { anonymous: '401', producer: '403 403 404', host: '200 403 404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /api/v1/passes/:code/redemptions': {
        id: (_w, target) => freshPass(target),
        body: (w) => ({ offerId: w.publishedOffer.mine }),
        headers: () => ({ 'idempotency-key': randomUUID() }),
        expect: { anonymous: '401', producer: '201 201 404', host: '403 403 404', coordinator: '403 403 404', admin: '403 403 400' },
      },
      'POST /api/v1/redemptions/:id/void': {
        id: (_w, target) => freshRedemption(target),
        expect: { anonymous: '401', producer: '200 200 404', host: '403 403 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /api/v1/redemptions': { expect: { anonymous: '401', producer: '200', host: '200', coordinator: '200', admin: '200' } },

      // Tourist pages and their assets: public, by permanent code.
      'GET /v/:code': { id: (w, target) => codeOf('accommodations', w.accommodation[target]), expect: everyone(200) },
      'GET /f/:code': { id: (w, target) => codeOf('producers', w.producer[target]), expect: everyone(200) },
      'GET /t/:code': { id: (w, target) => codeOf('territories', w.territory[target]), expect: everyone(200) },
      // Their beacons (an opening counted), public as the pages they come from.
      'GET /o/v/:code': { id: (w, target) => codeOf('accommodations', w.accommodation[target]), expect: everyone(204) },
      'GET /o/f/:code': { id: (w, target) => codeOf('producers', w.producer[target]), expect: everyone(204) },
      'GET /assets/tourist.js': { expect: everyone(200) },
      'GET /p/:code': { id: (_w, target) => freshPass(target), expect: everyone(200) },
      'GET /sw.js': { expect: everyone(200) },
      // The public site, public: asked on a host that is no territory's, its pages are those of /s/{slug}/ (the
      // rest is a 404 there); on the territory's own host they are tested in test/site.
      ...Object.fromEntries(
        SITE_ROUTES.map((route): [string, Rule] => {
          if (route === '/s/*') return [`GET ${route}`, { path: async (w, target) => `/s/${await slugOf(w.territory[target])}/`, expect: everyone(200) }];
          const everywhere = ['/', '/robots.txt', '/favicon.ico', '/icon.svg'].includes(route);
          return [`GET ${route}`, { id: () => 'x', expect: everyone(everywhere ? 200 : 404) }];
        }),
      ),
      // The join form posted: on a host that is no territory's, only under /s/{slug}/, in the territory's languages (fr, en).
      ...Object.fromEntries(
        JOIN_ROUTES.map((route): [string, Rule] => {
          if (!route.startsWith('/s/')) return [`POST ${route}`, { before: forgetThrottles, body: joinForm, expect: everyone(404) }];
          const shown = ['/s/:slug/rejoindre', '/s/:slug/en/join'].includes(route);
          return [
            `POST ${route}`,
            {
              before: forgetThrottles,
              path: async (w, target) => route.replace(':slug', await slugOf(w.territory[target])),
              body: joinForm,
              expect: everyone(shown ? 303 : 404),
            },
          ];
        }),
      ),
      'GET /api/v1/accommodations/:id/qr.svg': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '401', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /api/v1/accommodations/:id/qr.png': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '401', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /api/v1/territories/:id/brochure.pdf': {
        before: closeSeasons, // out of a season: during one, the check before printing comes first (its own tests)
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /api/v1/territories/:id/print-check': {
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /api/v1/accommodations/:id/brochure.pdf': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '401', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /api/v1/accommodations/:id/qr-card.pdf': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '401', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /api/v1/producers/:id/qr.svg': { id: (w, target) => w.producer[target], expect: everyone(200) },
      'GET /api/v1/producers/:id/qr.png': { id: (w, target) => w.producer[target], expect: everyone(200) },
      'GET /api/v1/territories/:id/qr.svg': { id: (w, target) => w.territory[target], expect: everyone(200) },
      'GET /api/v1/territories/:id/qr.png': { id: (w, target) => w.territory[target], expect: everyone(200) },

      // Member pages: signed out, a page for members sends to sign-in (303).
      'GET /app/sign-in': { expect: { anonymous: '200', producer: '303', host: '303', coordinator: '303', admin: '303' } },
      'POST /app/sign-in': {
        before: forgetThrottles,
        body: (w) => ({ email: w.people.coordinator.email, password: 'not the password' }),
        expect: everyone(401),
      },
      'POST /app/sign-out': { freshSession: true, expect: everyone(303) },
      // The producer's season page: its personal link is the proof, whoever holds it (no session needed).
      'GET /app/season/:token': { id: (_w, target) => freshSeasonLink(target), expect: everyone(200) },
      'POST /app/season/:token': { id: (_w, target) => freshSeasonLink(target), body: seasonAnswerForm, expect: everyone(303) },
      'GET /app/invitations/:token': { id: () => 'not-a-token', expect: everyone(200) },
      'POST /app/invitations/:token': {
        before: forgetThrottles,
        id: () => 'not-a-token',
        body: () => ({ password: 'long-enough-password' }),
        expect: everyone(400),
      },
      'GET /app/forgot-password': { expect: everyone(200) },
      'POST /app/forgot-password': { before: forgetThrottles, body: () => ({ email: 'nobody@test.test' }), expect: everyone(200) },
      'GET /app/password-reset/:token': { id: () => 'not-a-token', expect: everyone(200) },
      'POST /app/password-reset/:token': { id: () => 'not-a-token', body: () => ({ password: 'long-enough-password' }), expect: everyone(400) },
      'GET /app': { expect: { anonymous: '303', producer: '200', host: '200', coordinator: '200', admin: '200' } },

      // My own data: anyone signed in, about themselves only (nothing to target).
      'GET /api/v1/me/data': { expect: { anonymous: '401', producer: '200', host: '200', coordinator: '200', admin: '200' } },
      'POST /api/v1/me/erasure': {
        body: () => ({ password: 'not the password', confirm: true }),
        expect: { anonymous: '401', producer: '400', host: '400', coordinator: '400', admin: '400' },
      },
      'GET /app/account': { expect: { anonymous: '303', producer: '200', host: '200', coordinator: '200', admin: '200' } },
      'GET /app/account/data.json': { expect: { anonymous: '303', producer: '200', host: '200', coordinator: '200', admin: '200' } },
      'POST /app/account/erase': {
        body: () => ({ password: 'not the password', confirm: 'yes' }),
        expect: { anonymous: '303', producer: '400', host: '400', coordinator: '400', admin: '400' },
      },
      // Messages (reminders and digests): every member, their own only; a message of the producer is no one else's page.
      'GET /app/messages': { expect: { anonymous: '303', producer: '200', host: '200', coordinator: '200', admin: '200' } },
      'GET /app/messages/:id': {
        id: async (w) => {
          const [notice] = await t.dataSource.query<{ id: string }[]>(
            `INSERT INTO notices (user_id, kind, subject, body) SELECT id, 'membership', 'Rappel', '' FROM users WHERE lower(email) = lower($1) RETURNING id`,
            [w.people.producer.email],
          );
          return notice.id;
        },
        expect: { anonymous: '303', producer: '200', host: '404', coordinator: '404', admin: '404' },
      },
      'GET /app/messages/preferences': { expect: { anonymous: '303', producer: '200', host: '200', coordinator: '200', admin: '200' } },
      'POST /app/messages/preferences': {
        body: () => ({ language: 'xx' }),
        expect: { anonymous: '303', producer: '400', host: '400', coordinator: '400', admin: '400' },
      },
      // A mail's unsubscribe link: no session needed, the signed token is the authority (a wrong one is refused to all).
      'GET /app/unsubscribe/:token': { id: () => 'not-a-token', expect: everyone(404) },
      'POST /app/unsubscribe/:token': { id: () => 'not-a-token', body: () => ({ 'List-Unsubscribe': 'One-Click' }), expect: everyone(404) },
      // Open data: public.
      'GET /api/v1/territories/:id/producers.geojson': { id: (w, target) => w.territory[target], expect: everyone(200) },
      'GET /api/v1/territories/:id/producers.jsonld': { id: (w, target) => w.territory[target], expect: everyone(200) },
      // the preflight of a map on another site: no one signs in for it
      'OPTIONS /api/v1/territories/:id/producers.geojson': { id: (w, target) => w.territory[target], expect: everyone(204) },
      'OPTIONS /api/v1/territories/:id/producers.jsonld': { id: (w, target) => w.territory[target], expect: everyone(204) },
      // Spreadsheets (CSV in and out): coordinators of the territory. Imports are dry runs here: access is what is tested.
      'POST /api/v1/territories/:id/imports/producers': {
        path: (w, target) => `/api/v1/territories/${w.territory[target]}/imports/producers?dryRun=true`,
        headers: () => ({ 'content-type': 'text/csv' }),
        body: () => Buffer.from('nom;adresse;code_postal;commune;latitude;longitude;categories\r\nFerme du Matrix;1 rue;79200;Parthenay;46,6;-0,2;Miel\r\n'),
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /api/v1/territories/:id/imports/accommodations': {
        path: (w, target) => `/api/v1/territories/${w.territory[target]}/imports/accommodations?dryRun=true`,
        headers: () => ({ 'content-type': 'text/csv' }),
        body: () => Buffer.from('nom;type;adresse;code_postal;commune;latitude;longitude\r\nGîte du Matrix;gite;1 rue;79130;Secondigny;46,6;-0,4\r\n'),
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /api/v1/territories/:id/exports/producers.csv': {
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /api/v1/territories/:id/exports/accommodations.csv': {
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      // Images: uploads first (so that the reads find one), then reads, then removals; the public address of any of them to anyone.
      'PUT /api/v1/territories/:id/logo': { id: (w, target) => w.territory[target], ...imageUpload, expect: coordinatorsOnly('200') },
      'PUT /api/v1/territories/:id/funders/:funder/logo': {
        before: giveFunders,
        path: (w, target) => `/api/v1/territories/${w.territory[target]}/funders/${encodeURIComponent('Région')}/logo`,
        ...imageUpload,
        expect: coordinatorsOnly('200'),
      },
      'PUT /api/v1/producers/:id/photo': {
        id: (w, target) => w.producer[target],
        ...imageUpload,
        expect: { anonymous: '401', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'PUT /api/v1/accommodations/:id/photo': {
        id: (w, target) => w.accommodation[target],
        ...imageUpload,
        expect: { anonymous: '401', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /images/:file': { path: anyImage, expect: everyone(200) },
      'GET /api/v1/territories/:id/logo': { id: (w, target) => w.territory[target], expect: everyone(200) },
      'GET /api/v1/territories/:id/funders/:funder/logo': {
        path: (w, target) => `/api/v1/territories/${w.territory[target]}/funders/0/logo`,
        expect: everyone(200),
      },
      'GET /api/v1/producers/:id/photo': { id: (w, target) => w.producer[target], expect: everyone(200) },
      'GET /api/v1/accommodations/:id/photo': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '401', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'DELETE /api/v1/territories/:id/logo': { id: (w, target) => w.territory[target], expect: coordinatorsOnly('204') },
      'DELETE /api/v1/territories/:id/funders/:funder/logo': {
        path: (w, target) => `/api/v1/territories/${w.territory[target]}/funders/0/logo`,
        expect: coordinatorsOnly('204'),
      },
      'DELETE /api/v1/producers/:id/photo': {
        id: (w, target) => w.producer[target],
        expect: { anonymous: '401', producer: '204 403 403', host: '403', coordinator: '204 204 403', admin: '204' },
      },
      'DELETE /api/v1/accommodations/:id/photo': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '401', producer: '404', host: '204 404 404', coordinator: '204 204 404', admin: '204' },
      },
      // Figures (API and member pages): the producer itself, the host of the accommodation, coordinators.
      'GET /api/v1/territories/:id/figures': {
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /api/v1/territories/:id/impact-report.pdf': {
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /api/v1/territories/:id/figures.csv': {
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /app/coordinator/:territoryId/figures/report.pdf': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/figures/report.pdf`,
        expect: { anonymous: '303', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /app/coordinator/:territoryId/figures/table.csv': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/figures/table.csv?table=flow`,
        expect: { anonymous: '303', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      // Editions and their funnel: coordinators make them and read the territory's funnel; members see the editions;
      // a host records the copies of its own accommodation and reads its own funnel.
      'POST /api/v1/territories/:id/editions': {
        id: (w, target) => w.territory[target],
        body: () => ({ name: 'Saison 2027', format: 'A5', lang: 'fr' }),
        expect: coordinatorsOnly('201'),
      },
      'GET /api/v1/territories/:id/editions': {
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '200 200 404', host: '200 200 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /api/v1/editions/:id': {
        id: (w, target) => freshEdition(w.territory[target]),
        expect: { anonymous: '401', producer: '200 200 404', host: '200 200 404', coordinator: '200 200 404', admin: '200' },
      },
      'PUT /api/v1/editions/:id/copies/:accommodationId': {
        path: async (w, target) => `/api/v1/editions/${await freshEdition(w.territory[target])}/copies/${w.accommodation[target]}`,
        body: () => ({ copies: 12 }),
        expect: { anonymous: '401', producer: '403 403 404', host: '200 403 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /api/v1/territories/:id/funnel': { id: (w, target) => w.territory[target], expect: coordinatorsOnly('200') },
      'GET /api/v1/territories/:id/funnel.csv': { id: (w, target) => w.territory[target], expect: coordinatorsOnly('200') },
      'GET /api/v1/territories/:id/funnel/seasons': { id: (w, target) => w.territory[target], expect: coordinatorsOnly('200') },
      'GET /api/v1/accommodations/:id/funnel': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '401', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /api/v1/producers/:id/figures': {
        id: (w, target) => w.producer[target],
        expect: { anonymous: '401', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /api/v1/accommodations/:id/figures': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '401', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /app/producer/:producerId/figures': {
        path: (w, target) => `/app/producer/${w.producer[target]}/figures`,
        expect: { anonymous: '303', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      // Spreadsheets from the member pages (coordinators): no file or no content is the coordinator's 400.
      'GET /app/coordinator/:territoryId/spreadsheets': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/spreadsheets`,
        expect: { anonymous: '303', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /app/coordinator/:territoryId/spreadsheets/check': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/spreadsheets/check`,
        body: () => ({ kind: 'producers' }),
        expect: { anonymous: '303', producer: '403', host: '403', coordinator: '400 400 403', admin: '400' },
      },
      'POST /app/coordinator/:territoryId/spreadsheets/import': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/spreadsheets/import`,
        body: () => ({ kind: 'producers' }),
        expect: { anonymous: '303', producer: '403', host: '403', coordinator: '400 400 403', admin: '400' },
      },
      'GET /app/coordinator/:territoryId/spreadsheets/export': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/spreadsheets/export?kind=accommodations`,
        expect: { anonymous: '303', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /app/coordinator/:territoryId/figures': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/figures`,
        expect: { anonymous: '303', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /app/host/accommodations/:id/figures': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '303', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },

      // Image forms of the member pages: a form without a file comes back to its page (303) saying so; who may is checked first.
      'POST /app/images/territories/:territoryId/logo': {
        path: (w, target) => `/app/images/territories/${w.territory[target]}/logo`,
        expect: coordinatorPages('303'),
      },
      'POST /app/images/territories/:territoryId/logo/remove': {
        path: (w, target) => `/app/images/territories/${w.territory[target]}/logo/remove`,
        expect: coordinatorPages('303'),
      },
      'POST /app/images/territories/:territoryId/funders/:index/logo': {
        before: giveFunders,
        path: (w, target) => `/app/images/territories/${w.territory[target]}/funders/0/logo`,
        expect: coordinatorPages('303'),
      },
      'POST /app/images/territories/:territoryId/funders/:index/logo/remove': {
        before: giveFunders,
        path: (w, target) => `/app/images/territories/${w.territory[target]}/funders/0/logo/remove`,
        expect: coordinatorPages('303'),
      },
      'POST /app/images/producers/:producerId/photo': {
        path: (w, target) => `/app/images/producers/${w.producer[target]}/photo`,
        expect: { anonymous: '303', producer: '303 403 403', host: '403', coordinator: '303 303 403', admin: '303' },
      },
      'POST /app/images/producers/:producerId/photo/remove': {
        path: (w, target) => `/app/images/producers/${w.producer[target]}/photo/remove`,
        expect: { anonymous: '303', producer: '303 403 403', host: '403', coordinator: '303 303 403', admin: '303' },
      },
      'POST /app/images/accommodations/:accommodationId/photo': {
        path: (w, target) => `/app/images/accommodations/${w.accommodation[target]}/photo`,
        expect: { anonymous: '303', producer: '404', host: '303 404 404', coordinator: '303 303 404', admin: '303' },
      },
      'POST /app/images/accommodations/:accommodationId/photo/remove': {
        path: (w, target) => `/app/images/accommodations/${w.accommodation[target]}/photo/remove`,
        expect: { anonymous: '303', producer: '404', host: '303 404 404', coordinator: '303 303 404', admin: '303' },
      },

      // Producer pages (my business, my offers, record a use): the business's own members; coordinators of its
      // territory for the business and the offers; recording a use is the producer's alone.
      'GET /app/producer/:producerId': {
        path: (w, target) => `/app/producer/${w.producer[target]}`,
        expect: { anonymous: '303', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /app/producer/:producerId': {
        path: (w, target) => `/app/producer/${w.producer[target]}`,
        body: () => ({
          name: 'Ferme de la matrice',
          categories: 'honey',
          address: '1 rue',
          postcode: '79200',
          commune: 'Parthenay',
          latitude: '46.6',
          longitude: '-0.2',
        }),
        expect: { anonymous: '303', producer: '303 403 403', host: '403', coordinator: '303 303 403', admin: '303' },
      },
      'GET /app/producer/:producerId/offers': {
        path: (w, target) => `/app/producer/${w.producer[target]}/offers`,
        expect: { anonymous: '303', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /app/producer/:producerId/offers/new': {
        path: (w, target) => `/app/producer/${w.producer[target]}/offers/new`,
        expect: { anonymous: '303', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /app/producer/:producerId/offers/new': {
        path: (w, target) => `/app/producer/${w.producer[target]}/offers/new`,
        body: () => ({ 'title.fr': 'Une offre', kind: 'gift', validFrom: '2026-01-01' }),
        expect: { anonymous: '303', producer: '303 403 403', host: '403', coordinator: '303 303 403', admin: '303' },
      },
      'GET /app/producer/:producerId/offers/:offerId': {
        path: (w, target) => `/app/producer/${w.producer[target]}/offers/${w.publishedOffer[target]}`,
        expect: { anonymous: '303', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /app/producer/:producerId/offers/:offerId': {
        path: async (w, target) => `/app/producer/${w.producer[target]}/offers/${await freshOffer(target, 'published')}`,
        body: () => ({ 'title.fr': 'Une offre', kind: 'percent_off', value: '15', validFrom: '2026-01-01', usesPerPass: '1' }),
        expect: { anonymous: '303', producer: '303 403 403', host: '403', coordinator: '303 303 403', admin: '303' },
      },
      ...Object.fromEntries(
        (['duplicate', 'publish', 'submit', 'pause', 'archive'] as const).map((move) => [
          `POST /app/producer/:producerId/offers/:offerId/${move}`,
          {
            path: async (w: World, target: Target) =>
              `/app/producer/${w.producer[target]}/offers/${await freshOffer(target, move === 'pause' || move === 'archive' ? 'published' : 'draft')}/${move}`,
            expect: { anonymous: '303', producer: '303 403 403', host: '403', coordinator: '303 303 403', admin: '303' },
          } satisfies Rule,
        ]),
      ),
      'GET /app/producer/:producerId/tally': {
        path: (w, target) => `/app/producer/${w.producer[target]}/tally`,
        expect: { anonymous: '303', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /app/producer/:producerId/tally-sheet.pdf': {
        path: (w, target) => `/app/producer/${w.producer[target]}/tally-sheet.pdf?lang=en`,
        expect: { anonymous: '303', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /app/producer/:producerId/tally': {
        path: async (w, target) => {
          tallyPass = await freshPass(target);
          return `/app/producer/${w.producer[target]}/tally`;
        },
        body: () => ({ key: randomUUID(), 'code-1': tallyPass, 'date-1': today.split('-').reverse().join('/'), 'offer-1': '1' }),
        expect: { anonymous: '303', producer: '303 403 403', host: '403', coordinator: '303 303 403', admin: '303' },
      },
      'GET /app/producer/:producerId/redeem': {
        path: (w, target) => `/app/producer/${w.producer[target]}/redeem`,
        expect: { anonymous: '303', producer: '200 403 403', host: '403', coordinator: '403', admin: '403' },
      },
      'GET /app/producer/:producerId/redeem/:code': {
        path: async (w, target) => `/app/producer/${w.producer[target]}/redeem/${await freshPass(target)}`,
        expect: { anonymous: '303', producer: '200 403 403', host: '403', coordinator: '403', admin: '403' },
      },
      'POST /app/producer/:producerId/redeem/:code': {
        path: async (w, target) => `/app/producer/${w.producer[target]}/redeem/${await freshPass(target)}`,
        body: (w) => ({ offerId: w.publishedOffer.mine, key: randomUUID() }),
        expect: { anonymous: '303', producer: '303 403 403', host: '403', coordinator: '403', admin: '403' },
      },
      'GET /app/producer/:producerId/redeem/:code/uses/:redemptionId': {
        path: producerUsePath,
        expect: { anonymous: '303', producer: '200 403 403', host: '403', coordinator: '403', admin: '403' },
      },
      'POST /app/producer/:producerId/redeem/:code/uses/:redemptionId/void': {
        path: async (w, target) => `${await producerUsePath(w, target)}/void`,
        expect: { anonymous: '303', producer: '303 403 403', host: '403', coordinator: '403', admin: '403' },
      },
      'GET /app/redeem/:code': {
        id: (_w, target) => freshPass(target),
        expect: { anonymous: '303', producer: '303', host: '403', coordinator: '403', admin: '403' },
      },

      // Host pages (my accommodations, brochure and QR card, passes): an accommodation's host and its territory's
      // coordinators, as the AccommodationsService sees it; to anyone else the accommodation or pass does not exist.
      'GET /app/host': { expect: { anonymous: '303', producer: '200', host: '200', coordinator: '200', admin: '200' } },
      'GET /app/host/accommodations/:id': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '303', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /app/host/accommodations/:id': {
        id: (w, target) => w.accommodation[target],
        body: () => ({
          name: 'Gîte de la matrice',
          kind: 'gite',
          status: 'active',
          address: '3 chemin',
          postcode: '79130',
          commune: 'Secondigny',
          latitude: '46.6',
          longitude: '-0.41',
        }),
        expect: { anonymous: '303', producer: '404', host: '303 404 404', coordinator: '303 303 404', admin: '303' },
      },
      'GET /app/host/accommodations/:id/editions': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '303', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /app/host/accommodations/:id/editions/:editionId/copies': {
        path: async (w, target) => `/app/host/accommodations/${w.accommodation[target]}/editions/${await freshEdition(w.territory[target])}/copies`,
        body: () => ({ copies: '4' }),
        expect: { anonymous: '303', producer: '404', host: '303 404 404', coordinator: '303 303 404', admin: '303' },
      },
      'GET /app/host/accommodations/:id/print': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '303', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /app/host/accommodations/:id/brochure.pdf': {
        path: (w, target) => `/app/host/accommodations/${w.accommodation[target]}/brochure.pdf?lang=en&format=A5`,
        expect: { anonymous: '303', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /app/host/accommodations/:id/qr-card.pdf': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '303', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /app/host/accommodations/:id/passes': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '303', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /app/host/accommodations/:id/passes': {
        id: (w, target) => w.accommodation[target],
        body: () => ({ arrival: today, departure: today, guests: '2', lang: 'fr' }),
        expect: { anonymous: '303', producer: '404', host: '303 404 404', coordinator: '303 303 404', admin: '303' },
      },
      'GET /app/host/passes/:code': {
        id: (_w, target) => freshPass(target),
        expect: { anonymous: '303', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /app/host/passes/:code/card.pdf': {
        id: (_w, target) => freshPass(target),
        expect: { anonymous: '303', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /app/host/passes/:code/cancel': {
        id: (_w, target) => freshPass(target),
        expect: { anonymous: '303', producer: '404', host: '303 404 404', coordinator: '303 303 404', admin: '303' },
      },

      // Coordinator pages: the territory's coordinators and the platform admin; anyone else gets a 403 page
      // (another territory's coordinator too), as TerritoriesService.assertCoordinates answers.
      ...(() => {
        const coordinating = { anonymous: '303', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' };
        const redirecting = { anonymous: '303', producer: '403', host: '403', coordinator: '303 303 403', admin: '303' };
        const at = (rest: string | ((w: World, target: Target) => Promise<string> | string)) => async (w: World, target: Target) =>
          `/app/coordinator/${w.territory[target]}${typeof rest === 'string' ? rest : await rest(w, target)}`;
        const producerForm = () => ({
          name: `Ferme ${randomUUID()}`,
          categories: 'honey',
          address: '1 rue',
          postcode: '79200',
          commune: 'Parthenay',
          latitude: '46.6',
          longitude: '-0.2',
        });
        const accommodationForm = () => ({
          name: `Gîte ${randomUUID()}`,
          kind: 'gite',
          status: 'active',
          address: '1 rue',
          postcode: '79130',
          commune: 'Secondigny',
          latitude: '46.6',
          longitude: '-0.4',
        });
        const rules: Record<string, Rule> = {
          'GET /app/coordinator/:territoryId': { path: at(''), expect: coordinating },
          'GET /app/coordinator/:territoryId/members': { path: at('/members'), expect: coordinating },
          'GET /app/coordinator/:territoryId/members/invite': { path: at('/members/invite'), expect: coordinating },
          'POST /app/coordinator/:territoryId/members/invite': {
            path: at('/members/invite'),
            body: () => ({ email: `invitee-${randomUUID()}@test.test`, role: 'coordinator' }),
            expect: coordinating,
          },
          'POST /app/coordinator/:territoryId/members/:membershipId/resend': {
            path: at(async (_w, target) => `/members/${await freshMembership(target, 'invited')}/resend`),
            expect: coordinating,
          },
          'POST /app/coordinator/:territoryId/members/:membershipId/password-reset': {
            path: at((w, target) => `/members/${w.membership[target]}/password-reset`),
            expect: coordinating,
          },
          'POST /app/coordinator/:territoryId/members/:membershipId/suspend': {
            path: at(async (_w, target) => `/members/${await freshMembership(target, 'invited')}/suspend`),
            expect: redirecting,
          },
          'POST /app/coordinator/:territoryId/members/:membershipId/reactivate': {
            path: at(async (_w, target) => `/members/${await freshMembership(target, 'suspended')}/reactivate`),
            expect: redirecting,
          },
          'GET /app/coordinator/:territoryId/producers': { path: at('/producers?q=ferme'), expect: coordinating },
          'GET /app/coordinator/:territoryId/producers/new': { path: at('/producers/new'), expect: coordinating },
          'POST /app/coordinator/:territoryId/producers/new': { path: at('/producers/new'), body: producerForm, expect: redirecting },
          'GET /app/coordinator/:territoryId/producers/:producerId': { path: at((w, target) => `/producers/${w.producer[target]}`), expect: coordinating },
          'POST /app/coordinator/:territoryId/producers/:producerId': {
            path: at(async (_w, target) => `/producers/${await freshProducer(target)}`),
            body: producerForm,
            expect: redirecting,
          },
          'GET /app/coordinator/:territoryId/accommodations': { path: at('/accommodations?q=gite'), expect: coordinating },
          'GET /app/coordinator/:territoryId/accommodations/new': { path: at('/accommodations/new'), expect: coordinating },
          'POST /app/coordinator/:territoryId/accommodations/new': { path: at('/accommodations/new'), body: accommodationForm, expect: redirecting },
          'GET /app/coordinator/:territoryId/accommodations/:accommodationId': {
            path: at((w, target) => `/accommodations/${w.accommodation[target]}`),
            expect: coordinating,
          },
          'POST /app/coordinator/:territoryId/accommodations/:accommodationId': {
            path: at(async (_w, target) => `/accommodations/${await freshAccommodation(target)}`),
            body: accommodationForm,
            expect: redirecting,
          },
          'GET /app/coordinator/:territoryId/join-requests': { path: at('/join-requests'), expect: coordinating },
          'GET /app/coordinator/:territoryId/join-requests/:requestId': {
            path: at(async (_w, target) => `/join-requests/${await freshJoinRequest(target)}`),
            expect: coordinating,
          },
          'POST /app/coordinator/:territoryId/join-requests/:requestId/accept': {
            path: at(async (_w, target) => `/join-requests/${await freshJoinRequest(target)}/accept`),
            expect: coordinating,
          },
          'POST /app/coordinator/:territoryId/join-requests/:requestId/decline': {
            path: at(async (_w, target) => `/join-requests/${await freshJoinRequest(target)}/decline`),
            body: () => ({ reason: 'Hors du territoire.' }),
            expect: redirecting,
          },
          'GET /app/coordinator/:territoryId/season': { path: at('/season'), expect: coordinating },
          'POST /app/coordinator/:territoryId/season': {
            oneAtATime: true, // one open season per territory: each opening closes the one before
            before: closeSeasons,
            path: at('/season'),
            body: () => ({ name: `Saison ${randomUUID()}`, startsOn: '2027-04-01', endsOn: '2027-10-31', printDeadline: '2027-02-28' }),
            expect: redirecting,
          },
          'POST /app/coordinator/:territoryId/season/remind': {
            path: at(withSeason('/season/remind')),
            expect: redirecting,
          },
          'POST /app/coordinator/:territoryId/season/close': {
            oneAtATime: true, // one person's closing would close the season another just opened for its own request
            path: at(withSeason('/season/close')),
            expect: redirecting,
          },
          'GET /app/coordinator/:territoryId/season/producers/:producerId': {
            path: at(withSeason((w, target) => `/season/producers/${w.producer[target]}`)),
            expect: coordinating,
          },
          'POST /app/coordinator/:territoryId/season/producers/:producerId': {
            path: at(async (_w, target) => {
              const producerId = await freshProducer(target);
              await openSeason(target, producerId);
              return `/season/producers/${producerId}`;
            }),
            body: seasonAnswerForm,
            expect: redirecting,
          },
          'POST /app/coordinator/:territoryId/season/producers/:producerId/link': {
            path: at(withSeason((w, target) => `/season/producers/${w.producer[target]}/link`)),
            expect: coordinating,
          },
          'POST /app/coordinator/:territoryId/season/offers/:offerId/leave-out': {
            path: at(withSeason(async (_w, target) => `/season/offers/${await freshOffer(target, 'published')}/leave-out`)),
            expect: redirecting,
          },
          'GET /app/coordinator/:territoryId/reviews': { path: at('/reviews'), expect: coordinating },
          'POST /app/coordinator/:territoryId/reviews/:offerId/approve': {
            path: at(async (_w, target) => `/reviews/${await freshOffer(target, 'pending_review')}/approve`),
            expect: redirecting,
          },
          'POST /app/coordinator/:territoryId/reviews/:offerId/refuse': {
            path: at(async (_w, target) => `/reviews/${await freshOffer(target, 'pending_review')}/refuse`),
            body: () => ({ reason: 'Précisez les conditions.' }),
            expect: redirecting,
          },
          'GET /app/coordinator/:territoryId/settings': { path: at('/settings'), expect: coordinating },
          'POST /app/coordinator/:territoryId/settings': {
            path: at('/settings'),
            body: () => ({ name: 'Territoire de la matrice', languages: ['fr', 'en'], timeZone: 'Europe/Paris', funders: 'Région' }),
            expect: redirecting,
          },
          'GET /app/coordinator/:territoryId/base-layers': { path: at('/base-layers'), expect: coordinating },
          // a form without its file: the page again, with the field's error
          'POST /app/coordinator/:territoryId/base-layers': { path: at('/base-layers'), expect: { ...coordinating, coordinator: '400 400 403', admin: '400' } },
          'POST /app/coordinator/:territoryId/base-layers/delete': { path: at('/base-layers/delete'), expect: redirecting },
          'GET /app/coordinator/:territoryId/brochure': { path: at('/brochure'), expect: coordinating },
          // out of a season (during one, the check before printing comes first: its own tests)
          'GET /app/coordinator/:territoryId/brochure.pdf': { before: closeSeasons, path: at('/brochure.pdf?lang=en&format=A5'), expect: coordinating },
          'POST /app/coordinator/:territoryId/brochure.pdf': {
            path: at('/brochure.pdf'),
            body: () => ({ lang: 'en', format: 'A5', printAnyway: 'Salon de la matrice' }),
            expect: coordinating,
          },
          'GET /app/coordinator/:territoryId/editions': { path: at('/editions?a=1&b=2'), expect: coordinating },
          'POST /app/coordinator/:territoryId/editions': {
            path: at('/editions'),
            body: () => ({ name: 'Saison', format: 'A5', lang: 'fr' }),
            expect: redirecting,
          },
          'POST /app/coordinator/:territoryId/editions/copies': {
            before: () => Promise.all([freshEdition(world.territory.mine), freshEdition(world.territory.foreign)]),
            path: at('/editions/copies'),
            body: (w, target) => ({ edition: '1', accommodationId: w.accommodation[target], copies: '3' }),
            expect: redirecting,
          },
          'GET /app/coordinator/:territoryId/editions/funnel.csv': { path: at('/editions/funnel.csv'), expect: coordinating },
          'GET /app/coordinator/:territoryId/editions/seasons': { path: at('/editions/seasons'), expect: coordinating },
          'GET /app/coordinator/:territoryId/coupons': { path: at('/coupons'), expect: coordinating },
          'POST /app/coordinator/:territoryId/coupons/issue': {
            before: () => Promise.all([freshEdition(world.territory.mine), freshEdition(world.territory.foreign)]),
            path: at('/coupons/issue'),
            body: (w, target) => ({ edition: '1', accommodationId: w.accommodation[target], copies: '1' }),
            expect: redirecting,
          },
          'GET /app/coordinator/:territoryId/coupons/sheet.pdf': {
            before: () => Promise.all([freshEdition(world.territory.mine), freshEdition(world.territory.foreign)]),
            path: at((w, target) => `/coupons/sheet.pdf?edition=1&accommodation=${w.accommodation[target]}`),
            expect: coordinating,
          },
          'POST /app/coordinator/:territoryId/coupons/uses': {
            path: at('/coupons/uses'),
            body: () => ({ 'serial-1': 'ABCDE FGHJK', action: 'check' }),
            expect: coordinating,
          },
          // a form without its files: the page again, with the field's error
          'POST /app/coordinator/:territoryId/coupons/scans': {
            path: at('/coupons/scans'),
            expect: { ...coordinating, coordinator: '400 400 403', admin: '400' },
          },
          'GET /app/coordinator/:territoryId/print-check': { path: at('/print-check'), expect: coordinating },
          'GET /app/coordinator/:territoryId/audit': { path: at('/audit?page=1'), expect: coordinating },
        };
        return rules;
      })(),

      'GET /health/live': { expect: everyone(200) },
      'GET /health/ready': { expect: everyone(200) },
      'GET /docs': { expect: everyone(200) },
      'GET /docs-json': { expect: everyone(200) },
      'GET /docs-yaml': { expect: everyone(200) },
      'GET /docs/': { expect: everyone(200) },
      'GET /docs/swagger-ui-init.js': { expect: everyone(200) },
      'GET /docs/docs/swagger-ui-init.js': { expect: everyone(200) },
      'GET /docs/index.html': { expect: everyone(200) },
      'GET /docs/LICENSE': { expect: everyone(404) }, // listed by the Swagger UI plugin, not shipped by swagger-ui-dist
      'GET /docs/*': { id: () => 'swagger-ui.css', expect: everyone(200) },

      'POST /api/v1/auth/login': { body: (w) => ({ email: w.people.coordinator.email, password: TEST_PASSWORD }), expect: everyone(200) },
      'POST /api/v1/auth/refresh': { body: () => ({ refreshToken: 'not-a-refresh-token' }), expect: everyone(401) },
      'POST /api/v1/auth/logout': { body: () => ({ refreshToken: 'not-a-refresh-token' }), expect: everyone(204) },
      'POST /api/v1/auth/invitations/accept': {
        before: forgetThrottles,
        body: () => ({ token: 'not-a-token', password: 'long-enough-password' }),
        expect: everyone(400),
      },
      'POST /api/v1/auth/password-reset': { before: forgetThrottles, body: () => ({ email: 'nobody@test.test' }), expect: everyone(202) },
      'POST /api/v1/auth/password-reset/confirm': { body: () => ({ token: 'not-a-token', password: 'long-enough-password' }), expect: everyone(400) },
      'GET /api/v1/me': { expect: { anonymous: '401', producer: '200', host: '200', coordinator: '200', admin: '200' } },
      'GET /api/v1/categories': { expect: everyone(200) },

      'POST /api/v1/territories': {
        body: () => ({ name: `Territoire ${randomUUID()}` }),
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '403', admin: '201' },
      },
      'GET /api/v1/territories': { expect: everyone(200) },
      'GET /api/v1/territories/:id': { id: (w, target) => w.territory[target], expect: everyone(200) },
      'PUT /api/v1/territories/:id/base-layers': { id: (w, target) => w.territory[target], body: () => BASE_LAYERS, expect: coordinatorsOnly('200') },
      'GET /api/v1/territories/:id/base-layers': {
        // both territories have some, whichever rule ran before
        before: () =>
          Promise.all(
            [world.territory.mine, world.territory.foreign].map((id) => t.http().put(`/api/v1/territories/${id}/base-layers`).send(BASE_LAYERS).expect(200)),
          ),
        id: (w, target) => w.territory[target],
        expect: coordinatorsOnly('200'),
      },
      'DELETE /api/v1/territories/:id/base-layers': { id: (w, target) => w.territory[target], expect: coordinatorsOnly('204') },
      'PATCH /api/v1/territories/:id': {
        id: (w, target) => w.territory[target],
        body: () => ({ contactPhone: '+33 5 49 11 22 33' }),
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /api/v1/territories/:id/invitations': {
        id: (w, target) => w.territory[target],
        body: () => ({ email: `invitee-${randomUUID()}@test.test`, role: 'coordinator' }),
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '201 201 403', admin: '201' },
      },
      'GET /api/v1/territories/:id/members': {
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'GET /api/v1/territories/:id/join-requests': {
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /api/v1/territories/:id/join-requests/:requestId/accept': {
        path: async (w, target) => `/api/v1/territories/${w.territory[target]}/join-requests/${await freshJoinRequest(target)}/accept`,
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /api/v1/territories/:id/join-requests/:requestId/decline': {
        path: async (w, target) => `/api/v1/territories/${w.territory[target]}/join-requests/${await freshJoinRequest(target)}/decline`,
        body: () => ({ reason: 'Hors du territoire.' }),
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /api/v1/territories/:id/seasons': {
        oneAtATime: true, // one open season per territory: each opening closes the one before
        before: closeSeasons,
        id: (w, target) => w.territory[target],
        body: () => ({ name: `Saison ${randomUUID()}`, startsOn: '2027-04-01', endsOn: '2027-10-31', printDeadline: '2027-02-28' }),
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '201 201 403', admin: '201' },
      },
      'GET /api/v1/territories/:id/seasons': {
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /api/v1/seasons/:id/close': {
        oneAtATime: true, // one person's closing would close the season another just opened for its own request
        id: (_w, target) => openSeason(target),
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /api/v1/seasons/:id/campaign': {
        id: (_w, target) => openSeason(target),
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /api/v1/seasons/:id/campaign/remind': {
        id: (_w, target) => openSeason(target),
        body: () => ({}),
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /api/v1/seasons/:id/campaign/producers/:producerId/confirm': {
        path: async (w, target) => `/api/v1/seasons/${await openSeason(target, w.producer[target])}/campaign/producers/${w.producer[target]}/confirm`,
        body: () => ({ offers: [] }),
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '204 204 404', admin: '204' },
      },
      'POST /api/v1/seasons/:id/campaign/producers/:producerId/link': {
        path: async (w, target) => `/api/v1/seasons/${await openSeason(target, w.producer[target])}/campaign/producers/${w.producer[target]}/link`,
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '201 201 404', admin: '201' },
      },
      'POST /api/v1/seasons/:id/campaign/offers/:offerId/leave-out': {
        path: async (w, target) =>
          `/api/v1/seasons/${await openSeason(target, w.producer[target])}/campaign/offers/${await freshOffer(target, 'published')}/leave-out`,
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '204 204 404', admin: '204' },
      },
      'GET /api/v1/territories/:id/audit': {
        id: (w, target) => w.territory[target],
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /api/v1/memberships/:id/invitation': {
        id: (_w, target) => freshMembership(target, 'invited'),
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '201 201 404', admin: '201' },
      },
      'POST /api/v1/memberships/:id/password-reset': {
        id: (w, target) => w.membership[target],
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '201 201 404', admin: '201' },
      },
      'POST /api/v1/memberships/:id/suspend': {
        id: (_w, target) => freshMembership(target, 'invited'),
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /api/v1/memberships/:id/reactivate': {
        id: (_w, target) => freshMembership(target, 'suspended'),
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '200 200 404', admin: '200' },
      },

      'POST /api/v1/producers': {
        body: (w, target) => ({
          territoryId: w.territory[target],
          name: `Ferme ${randomUUID()}`,
          categories: [],
          address: '1 rue',
          postcode: '79200',
          commune: 'Parthenay',
          latitude: 46.6,
          longitude: -0.2,
        }),
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '201 201 403', admin: '201' },
      },
      'GET /api/v1/producers': { expect: everyone(200) },
      'GET /api/v1/producers/:id': { id: (w, target) => w.producer[target], expect: everyone(200) },
      'PATCH /api/v1/producers/:id': {
        id: (w, target) => w.producer[target],
        body: () => ({ phone: '+33 5 49 00 11 22' }),
        expect: { anonymous: '401', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'DELETE /api/v1/producers/:id': {
        id: (_w, target) => freshProducer(target),
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '200 200 403', admin: '200' },
      },

      'POST /api/v1/accommodations': {
        body: (w, target) => ({
          territoryId: w.territory[target],
          kind: 'gite',
          name: `Gîte ${randomUUID()}`,
          address: '1 rue',
          postcode: '79130',
          commune: 'Secondigny',
          latitude: 46.6,
          longitude: -0.4,
        }),
        expect: { anonymous: '401', producer: '403', host: '403', coordinator: '201 201 403', admin: '201' },
      },
      'GET /api/v1/accommodations': { expect: { anonymous: '401', producer: '200', host: '200', coordinator: '200', admin: '200' } },
      'GET /api/v1/accommodations/:id': {
        id: (w, target) => w.accommodation[target],
        expect: { anonymous: '401', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'PATCH /api/v1/accommodations/:id': {
        id: (w, target) => w.accommodation[target],
        body: () => ({ capacity: 8 }),
        expect: { anonymous: '401', producer: '404', host: '200 404 404', coordinator: '200 200 404', admin: '200' },
      },
      'DELETE /api/v1/accommodations/:id': {
        id: async (w, target) => (target === 'mine' ? w.accommodation.mine : freshAccommodation(target)),
        expect: { anonymous: '401', producer: '404', host: '403 404 404', coordinator: '200 200 404', admin: '200' },
      },

      'POST /api/v1/offers': {
        body: (w, target) => ({ producerId: w.producer[target], title: { fr: 'Une offre' }, kind: 'gift', validFrom: '2026-01-01' }),
        expect: { anonymous: '401', producer: '201 403 403', host: '403', coordinator: '201 201 403', admin: '201' },
      },
      'GET /api/v1/offers': { expect: everyone(200) },
      'GET /api/v1/offers/:id': { id: (w, target) => w.publishedOffer[target], expect: everyone(200) },
      'PATCH /api/v1/offers/:id': {
        id: (w, target) => w.publishedOffer[target],
        body: () => ({ minPurchaseCents: 1000 }),
        expect: { anonymous: '401', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'DELETE /api/v1/offers/:id': {
        id: (_w, target) => freshOffer(target, 'draft'),
        expect: { anonymous: '401', producer: '200 404 404', host: '404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /api/v1/offers/:id/submit': {
        id: (_w, target) => freshOffer(target, 'draft'),
        expect: { anonymous: '401', producer: '200 404 404', host: '404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /api/v1/offers/:id/publish': {
        id: (_w, target) => freshOffer(target, 'draft'),
        expect: { anonymous: '401', producer: '200 404 404', host: '404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /api/v1/offers/:id/reject': {
        id: (_w, target) => freshOffer(target, 'pending_review'),
        body: () => ({ reason: 'Trop vague' }),
        expect: { anonymous: '401', producer: '403 404 404', host: '404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /api/v1/offers/:id/pause': {
        id: (_w, target) => freshOffer(target, 'published'),
        expect: { anonymous: '401', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /api/v1/offers/:id/archive': {
        id: (_w, target) => freshOffer(target, 'published'),
        expect: { anonymous: '401', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },

      // Membership ("adhésions"): terms and payments for coordinators, its own year for each member.
      'GET /api/v1/territories/:id/membership/terms': { id: (w, target) => w.territory[target], expect: coordinatorsOnly('200') },
      'PUT /api/v1/territories/:id/membership/terms': { id: (w, target) => w.territory[target], body: () => MEMBERSHIP_TERMS, expect: coordinatorsOnly('200') },
      'GET /api/v1/territories/:id/membership/members': { id: (w, target) => w.territory[target], expect: coordinatorsOnly('200') },
      'GET /api/v1/territories/:id/membership/members.csv': { id: (w, target) => w.territory[target], expect: coordinatorsOnly('200') },
      'POST /api/v1/territories/:id/membership/payments': {
        id: (w, target) => w.territory[target],
        body: (w, target) => paymentOf(w.producer[target]),
        expect: coordinatorsOnly('201'),
      },
      'POST /api/v1/territories/:id/membership/reminders': {
        id: (w, target) => w.territory[target],
        body: () => ({ year: YEAR }),
        expect: coordinatorsOnly('200'),
      },
      'POST /api/v1/membership-payments/:paymentId/cancel': {
        path: async (w, target) => `/api/v1/membership-payments/${await freshPayment(w, target)}/cancel`,
        body: () => ({ reason: 'Saisi deux fois' }),
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /api/v1/membership-payments/:paymentId/receipt.pdf': {
        path: async (w, target) => `/api/v1/membership-payments/${await freshPayment(w, target)}/receipt.pdf`,
        expect: { anonymous: '401', producer: '200 404 404', host: '404', coordinator: '200 200 404', admin: '200' },
      },
      // a tally sheet: the producer's people and its territory's coordinators; each call types one line with a fresh pass
      'GET /api/v1/producers/:id/tally-sheet.pdf': {
        id: (w, target) => w.producer[target],
        expect: { anonymous: '401', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /api/v1/producers/:id/tally': {
        path: async (w, target) => {
          // straight into the table: by then an earlier rule may have closed the target's accommodation to new passes
          const [pass] = await t.dataSource.query<{ code: string }[]>(
            `INSERT INTO passes (territory_id, accommodation_id, arrival, departure, guests, lang)
             SELECT territory_id, id, $2, $2, 2, 'fr' FROM accommodations WHERE id = $1 RETURNING code`,
            [w.accommodation[target], today],
          );
          tallyPass = pass.code;
          return `/api/v1/producers/${w.producer[target]}/tally`;
        },
        headers: () => ({ 'idempotency-key': randomUUID() }),
        body: (w, target) => ({ lines: [{ code: tallyPass, date: today, offerId: w.publishedOffer[target] }] }),
        expect: { anonymous: '401', producer: '201 403 403', host: '403', coordinator: '201 201 403', admin: '201' },
      },
      // coupons: the coordinators of the edition's territory issue and print them, and record a territory's pile
      'POST /api/v1/editions/:id/coupons': {
        id: (w, target) => freshEdition(w.territory[target]),
        body: (w, target) => ({ accommodationId: w.accommodation[target], copies: 1 }),
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '200 200 404', admin: '200' },
      },
      'GET /api/v1/editions/:id/accommodations/:accommodationId/coupons.pdf': {
        path: async (w, target) => `/api/v1/editions/${await freshEdition(w.territory[target])}/accommodations/${w.accommodation[target]}/coupons.pdf`,
        expect: { anonymous: '401', producer: '403 403 404', host: '403 403 404', coordinator: '200 200 404', admin: '200' },
      },
      'POST /api/v1/territories/:id/coupons/uses': {
        id: (w, target) => w.territory[target],
        body: () => ({ lines: [{ serial: 'ABCDE FGHJK' }] }),
        expect: coordinatorsOnly('200'),
      },
      'POST /api/v1/territories/:id/coupons/scans': { id: (w, target) => w.territory[target], ...scanUpload, expect: coordinatorsOnly('200') },
      'GET /api/v1/producers/:id/membership': {
        id: (w, target) => w.producer[target],
        expect: { anonymous: '401', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /api/v1/producers/:id/membership/charter': {
        id: (w, target) => w.producer[target],
        body: () => ({ year: YEAR, accepted: true }),
        expect: { anonymous: '401', producer: '200 403 403', host: '403', coordinator: '403', admin: '403' },
      },
      'GET /app/coordinator/:territoryId/membership': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/membership`,
        expect: coordinatorPages('200'),
      },
      'GET /app/coordinator/:territoryId/membership/terms': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/membership/terms`,
        expect: coordinatorPages('200'),
      },
      'POST /app/coordinator/:territoryId/membership/terms': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/membership/terms`,
        body: () => ({
          yearStartsMonth: '1',
          producerFeeCents: '30',
          hostFeeCents: '20',
          'charter.fr': 'La charte.',
          'paymentInstructions.fr': 'Par chèque.',
          lapsedPolicy: 'flag',
          graceDays: '60',
        }),
        expect: coordinatorPages('303'),
      },
      'POST /app/coordinator/:territoryId/membership/payments': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/membership/payments`,
        body: (w, target) => ({ year: String(YEAR), member: `producer:${w.producer[target]}`, method: 'cash', paidOn: `${YEAR}-03-02`, amount: '30' }),
        expect: coordinatorPages('303'),
      },
      'POST /app/coordinator/:territoryId/membership/payments/:paymentId/cancel': {
        path: async (w, target) => `/app/coordinator/${w.territory[target]}/membership/payments/${await freshPayment(w, target)}/cancel`,
        body: () => ({ reason: 'Saisi deux fois' }),
        expect: coordinatorPages('303'),
      },
      'POST /app/coordinator/:territoryId/membership/reminders': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/membership/reminders`,
        body: () => ({ year: String(YEAR), who: 'all' }),
        expect: coordinatorPages('303'),
      },
      'GET /app/coordinator/:territoryId/membership/payments/:paymentId/receipt.pdf': {
        path: async (w, target) => `/app/coordinator/${w.territory[target]}/membership/payments/${await freshPayment(w, target)}/receipt.pdf`,
        expect: coordinatorPages('200'),
      },
      'GET /app/coordinator/:territoryId/membership/members.csv': {
        path: (w, target) => `/app/coordinator/${w.territory[target]}/membership/members.csv`,
        expect: coordinatorPages('200'),
      },
      'GET /app/producer/:producerId/membership': {
        path: (w, target) => `/app/producer/${w.producer[target]}/membership`,
        expect: { anonymous: '303', producer: '200 403 403', host: '403', coordinator: '200 200 403', admin: '200' },
      },
      'POST /app/producer/:producerId/membership': {
        path: (w, target) => `/app/producer/${w.producer[target]}/membership`,
        body: () => ({ year: String(YEAR), accepted: 'yes' }),
        expect: { anonymous: '303', producer: '303 403 403', host: '403', coordinator: '403', admin: '403' },
      },
      'GET /app/host/membership': { expect: { anonymous: '303', producer: '403', host: '200', coordinator: '403', admin: '403' } },
      'POST /app/host/membership': {
        body: () => ({ year: String(YEAR), accepted: 'yes' }),
        expect: { anonymous: '303', producer: '403', host: '303', coordinator: '403', admin: '403' },
      },
    };

    beforeAll(async () => {
      t = await startTestApp();
      make = factories(t);
      const a = (await make.territory({ name: 'Territoire A' })).id;
      const b = (await make.territory({ name: 'Territoire B' })).id;
      const producer = {
        mine: (await make.producer(a)).id,
        neighbour: (await make.producer(a)).id,
        foreign: (await make.producer(b)).id,
      };
      const accommodation = {
        mine: (await make.accommodation(a)).id,
        neighbour: (await make.accommodation(a)).id,
        foreign: (await make.accommodation(b)).id,
      };
      const publishedOffer = {
        mine: (await make.publishedOffer(producer.mine)).id,
        neighbour: (await make.publishedOffer(producer.neighbour)).id,
        foreign: (await make.publishedOffer(producer.foreign)).id,
      };
      const producerMember = await t.member(a, 'producer', { producerId: producer.mine });
      const neighbourMember = await t.member(a, 'producer', { producerId: producer.neighbour });
      const hostMember = await t.member(a, 'host', { accommodationIds: [accommodation.mine] });
      await t.member(a, 'host', { accommodationIds: [accommodation.neighbour] });
      const coordinator = await t.member(a, 'coordinator');
      const foreignMember = await t.member(b, 'producer', { producerId: producer.foreign });
      const [mine] = await t.dataSource.query(`SELECT id FROM memberships WHERE user_id = $1`, [producerMember.userId]);
      const [neighbour] = await t.dataSource.query(`SELECT id FROM memberships WHERE user_id = $1`, [neighbourMember.userId]);
      const [foreign] = await t.dataSource.query(`SELECT id FROM memberships WHERE user_id = $1`, [foreignMember.userId]);
      // Both territories manage membership, so that its routes answer with content.
      for (const territory of [a, b]) await t.http().put(`/api/v1/territories/${territory}/membership/terms`).send(MEMBERSHIP_TERMS).expect(200);
      world = {
        territory: { mine: a, neighbour: a, foreign: b },
        producer,
        accommodation,
        publishedOffer,
        membership: { mine: mine.id, neighbour: neighbour.id, foreign: foreign.id },
        people: {
          producer: producerMember,
          host: hostMember,
          coordinator,
          admin: { token: t.adminToken, email: (await t.http().get('/api/v1/me').expect(200)).body.email },
        },
        foreignProducer: foreignMember,
      };
    });
    afterAll(() => t.close());

    it.runIf(checksEveryRoute)('has a rule for every route the app serves', () => {
      const served = routesOf(t.app).map((route) => `${route.method} ${route.url}`);
      expect(served.length).toBeGreaterThan(30);
      expect(served.filter((route) => !(route in RULES))).toEqual([]);
      expect(Object.keys(RULES).filter((route) => !served.includes(route))).toEqual([]);
    });

    it('answers each person as the rules say', async () => {
      const mismatches: string[] = [];
      const routes = Object.entries(RULES).filter(([route]) => include(route));
      expect(routes.length).toBeGreaterThan(0);
      for (const [route, rule] of routes) {
        const [method, pattern] = route.split(' ');
        // a rule whose request does not depend on the target makes the same request for all three: once is enough
        const targeted = [rule.id, rule.path, rule.body].some((maker) => maker !== undefined && maker.length >= 2);
        const portal = pattern === '/app' || pattern.startsWith('/app/');
        const ask = async (who: Who) => {
          const expected = rule.expect[who].split(' ');
          if (!targeted && expected.length > 1) mismatches.push(`${route}: three expectations for a request that names no target`);
          for (const [i, target] of (targeted ? TARGETS : TARGETS.slice(0, 1)).entries()) {
            await rule.before?.();
            const browser = portal ? await browserOf(who, rule.freshSession) : undefined;
            const id = rule.id ? await rule.id(world, target) : undefined;
            const path = rule.path ? await rule.path(world, target) : pattern.replace(/:id|:code|:token|\*/, id ?? '');
            // at once after its path: a rule may keep what its path made for its body
            const body = rule.body?.(world, target);
            const agent = browser ? browser.agent : who === 'anonymous' ? t.anonymous() : t.as(world.people[who].token);
            const call = (agent as unknown as Record<string, (path: string) => import('supertest').Test>)[method.toLowerCase()](path);
            if (rule.headers) call.set(rule.headers());
            const response =
              browser && method !== 'GET' ? await call.type('form').send({ _csrf: browser.csrf, ...body }) : body ? await call.send(body) : await call;
            const want = Number(expected.length === 1 ? expected[0] : expected[i]);
            if (response.status !== want)
              mismatches.push(`${who} ${route} (${target}): ${response.status}, expected ${want} ${JSON.stringify(response.body).slice(0, 160)}`);
            if (response.status >= 500) mismatches.push(`${who} ${route} (${target}): server error`);
          }
        };
        // the five people at once (the requests wait on the database far more than they compute); a rule whose answers depend on who came first, one after another
        if (rule.oneAtATime) for (const who of WHO) await ask(who);
        else await Promise.all(WHO.map(ask));
      }
      expect(mismatches).toEqual([]);
    }, 240_000);
  });
}
