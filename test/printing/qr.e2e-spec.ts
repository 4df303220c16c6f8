import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, sharedChromium } from '../support/browser.js';
import { factories, type Place } from '../support/factories.js';
import { decodeQrPng } from '../support/qr-decode.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const decodePng = decodeQrPng;

describe('QR codes', () => {
  let t: TestApp;
  let territory: Place;
  let producer: Place;
  let accommodation: Place;
  let host: Member;
  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territory = await make.territory({ name: 'Gâtine' });
    producer = await make.producer(territory.id, { name: 'Le Rucher' });
    accommodation = await make.accommodation(territory.id, { name: 'Gîte des Tilleuls' });
    host = await t.member(territory.id, 'host', { accommodationIds: [accommodation.id] });
  });
  afterAll(() => t.close());

  it('the PNG decodes back to the exact address of the accommodation page, on PUBLIC_BASE_URL', async () => {
    const response = await t.as(host.token).get(`/api/v1/accommodations/${accommodation.id}/qr.png`).query({ size: 300 }).buffer(true);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    const png = PNG.sync.read(response.body);
    expect(png.width).toBe(300);
    expect(decodePng(response.body)).toBe(`http://terroir.test/v/${accommodation.code}?qr=1`);
  });

  it('codes are short and unambiguous, and survive a rename', async () => {
    for (const code of [accommodation.code, territory.code]) expect(code).toMatch(/^[2-9a-hjkmnp-z]{8}$/);
    // a producer's code may be typed from paper: 8 characters and a check character
    expect(producer.code).toMatch(/^[2-9a-hjkmnp-z]{9}$/);
    await t.http().patch(`/api/v1/accommodations/${accommodation.id}`).send({ name: 'Gîte du Grand Tilleul' }).expect(200);
    await t.http().patch(`/api/v1/producers/${producer.id}`).send({ name: 'Le Grand Rucher' }).expect(200);
    const png = await t.as(host.token).get(`/api/v1/accommodations/${accommodation.id}/qr.png`).buffer(true);
    expect(decodePng(png.body)).toBe(`http://terroir.test/v/${accommodation.code}?qr=1`);
    const producerPng = await t.anonymous().get(`/api/v1/producers/${producer.id}/qr.png`).buffer(true);
    expect(decodePng(producerPng.body)).toBe(`http://terroir.test/f/${producer.code}?qr=1`);
    const territoryPng = await t.anonymous().get(`/api/v1/territories/${territory.id}/qr.png`).buffer(true);
    expect(decodePng(territoryPng.body)).toBe(`http://terroir.test/t/${territory.code}?qr=1`);
  });

  it('keeps the quiet zone and refuses a smaller one', async () => {
    const response = await t.as(host.token).get(`/api/v1/accommodations/${accommodation.id}/qr.png`).query({ size: 400, margin: 4 }).buffer(true);
    const png = PNG.sync.read(response.body);
    // The outer band (4 modules of at least ~8 px) is white all around.
    for (let x = 0; x < png.width; x++) {
      for (const y of [0, 5, png.height - 1]) expect(png.data[(y * png.width + x) * 4]).toBe(255);
    }
    const tooSmall = await t.as(host.token).get(`/api/v1/accommodations/${accommodation.id}/qr.png`).query({ margin: 1, size: 10 });
    expect(tooSmall.status).toBe(400);
    expect(tooSmall.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['margin', 'size']);
  });

  it('an accommodation’s QR code is for its host and coordinators only', async () => {
    expect((await t.anonymous().get(`/api/v1/accommodations/${accommodation.id}/qr.svg`)).status).toBe(401);
    const stranger = await t.member(territory.id, 'producer', { producerId: producer.id });
    expect((await t.as(stranger.token).get(`/api/v1/accommodations/${accommodation.id}/qr.svg`)).status).toBe(404);
  });

  it.skipIf(!hasChromium)('the SVG, rasterised by Chromium, decodes back to the exact address', async () => {
    const svg = await t.as(host.token).get(`/api/v1/accommodations/${accommodation.id}/qr.svg`).query({ size: 400 }).buffer(true);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    const markup = svg.body.toString();
    expect(markup).toMatch(/^<svg /);
    const browser = await sharedChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 400, height: 400 } });
      await page.setContent(`<html><body style="margin:0;background:#fff">${markup}</body></html>`);
      const shot = await page.locator('svg').screenshot();
      expect(decodePng(shot)).toBe(`http://terroir.test/v/${accommodation.code}?qr=1`);
    } finally {
      await browser.close();
    }
  });
});
