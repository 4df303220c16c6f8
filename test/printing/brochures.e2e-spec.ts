import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binary } from '../support/binary.js';
import { factories, type Place } from '../support/factories.js';
import { signedInAgent } from '../support/portal.js';
import { hasPoppler, hasZbar, pdfQrCodes, pdfText, pdfWords } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const DATE = '2026-07-14';
const SEASON = { validFrom: '2026-04-01', validTo: '2026-10-31' };
const LONG_COMMUNE = 'Roche-sur-Linotte-et-Sorans-les-Cordiers'; // 40 characters, postcode 70230

describe.skipIf(!hasPoppler || !hasZbar)('brochures, read back from the PDF', () => {
  let t: TestApp;
  let host: Member;
  let coordinator: Member;
  let territoryId: string;
  let territoryCode: string;
  let gite: Place;
  const producers: Record<string, Place> = {};
  const get = (path: string, token = host.token) =>
    t
      .as(token)
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    ({ id: territoryId, code: territoryCode } = await make.territory({
      name: 'Les Bons Plans de Gâtine',
      contactEmail: 'contact@gatine.test',
      website: 'https://bonsplans-gatine.test',
      funders: ['Région Nouvelle-Aquitaine', 'Fonds LEADER'],
    }));
    gite = await make.accommodation(territoryId, {
      name: 'Gîte des Tilleuls',
      latitude: 46.6097,
      longitude: -0.4147,
      commune: 'Secondigny',
      postcode: '79130',
    });
    producers.near = await make.producer(territoryId, {
      name: 'Miellerie d’Azay',
      categories: ['honey'],
      commune: 'Azay-sur-Thouet',
      postcode: '79130',
      latitude: 46.6247,
      longitude: -0.3597,
      phone: '+33 5 49 00 00 01',
      openingHours: 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00',
    });
    producers.middle = await make.producer(territoryId, {
      name: 'Fromagerie de Ménigoute',
      categories: ['dairy_cheese'],
      commune: LONG_COMMUNE,
      postcode: '70230',
      latitude: 46.6486,
      longitude: -0.2472,
      description: {
        fr: `Chèvres élevées en plein air, fromages affinés à la ferme. ${'Un long texte qui doit revenir à la ligne sans jamais déborder de la page. '.repeat(8)}`.slice(
          0,
          600,
        ),
        en: 'Goat cheese.',
      },
    });
    producers.far = await make.producer(territoryId, {
      name: 'Ferme <b>Bio</b> %PDF-1.7',
      categories: ['meat'],
      commune: 'Ménigoute',
      postcode: '79340',
      latitude: 46.4989,
      longitude: -0.0567,
    });
    producers.silent = await make.producer(territoryId, { name: 'Producteur sans offre publiée', categories: ['crafts'], latitude: 46.6, longitude: -0.4 });

    await make.publishedOffer(producers.near.id, {
      title: { fr: '10 % sur le miel de châtaignier', en: '10% off chestnut honey' },
      kind: 'percent_off',
      value: 10,
      ...SEASON,
    });
    await make.publishedOffer(producers.middle.id, { title: { fr: 'Dégustation de crottins', en: 'Cheese tasting' }, kind: 'tasting', ...SEASON });
    await make.publishedOffer(producers.far.id, {
      title: { fr: '2 € offerts dès 15 € d’achat', en: '€2 off from €15' },
      kind: 'amount_off',
      value: 200,
      minPurchaseCents: 1500,
      ...SEASON,
    });
    await make.offer(producers.silent.id, { title: { fr: 'Offre en brouillon' }, ...SEASON });
    const paused = await make.publishedOffer(producers.silent.id, { title: { fr: 'Offre en pause' }, ...SEASON });
    await t.http().post(`/api/v1/offers/${paused.id}/pause`).expect(200);
    const archived = await make.publishedOffer(producers.silent.id, { title: { fr: 'Offre archivée' }, ...SEASON });
    await t.http().post(`/api/v1/offers/${archived.id}/archive`).expect(200);
    await make.publishedOffer(producers.silent.id, { title: { fr: 'Offre expirée' }, validFrom: '2026-01-01', validTo: '2026-03-31' });
    await make.publishedOffer(producers.silent.id, { title: { fr: 'Offre de Noël' }, validFrom: '2026-12-01', validTo: '2026-12-31' });

    host = await t.member(territoryId, 'host', { accommodationIds: [gite.id] });
    coordinator = await t.member(territoryId, 'coordinator');
  });
  afterAll(() => t.close());

  it('the personalised brochure prints every published offer valid on the date, and nothing else', async () => {
    const response = await get(`/api/v1/accommodations/${gite.id}/brochure.pdf?date=${DATE}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(response.body)).replace(/\s+/g, ' ');
    for (const shown of [
      '10 % sur le miel de châtaignier',
      'Dégustation de crottins',
      '2 € offerts dès 15 € d’achat',
      'Offert par votre hôte',
      'Gîte des Tilleuls',
      'Les bons plans de nos producteurs',
    ]) {
      expect(text).toContain(shown);
    }
    for (const hidden of ['Offre en brouillon', 'Offre en pause', 'Offre archivée', 'Offre expirée', 'Offre de Noël', 'Producteur sans offre publiée']) {
      expect(text).not.toContain(hidden);
    }
    expect(text).toContain('Ferme <b>Bio</b> %PDF-1.7');
    // the back page names the association and its funders
    expect(text).toContain('contact@gatine.test');
    expect(text).toContain('Avec le soutien de Région Nouvelle-Aquitaine Fonds LEADER');
    expect(response.body.subarray(0, 5).toString()).toBe('%PDF-');
    // nearest first from the gîte
    const order = ['Miellerie d’Azay', 'Fromagerie de Ménigoute', 'Ferme <b>Bio</b>'].map((name) => text.lastIndexOf(name));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toMatch(/à 4,5 km/);
  });

  it('every QR code in it decodes at 150 dpi: the accommodation’s on the cover, each producer’s beside its entry, the website’s on the back', async () => {
    const pdf = (await get(`/api/v1/accommodations/${gite.id}/brochure.pdf?date=${DATE}`)).body;
    const pages = await pdfQrCodes(pdf, 150);
    expect(pages[0]).toEqual([`http://terroir.test/v/${gite.code}?qr=1`]);
    expect(pages.at(-1)).toEqual(['https://bonsplans-gatine.test']);
    const producerCodes = pages.slice(1, -1).flat().sort();
    expect(producerCodes).toEqual([producers.near, producers.middle, producers.far].map((p) => `http://terroir.test/f/${p.code}?qr=1`).sort());
  });

  it('the territory’s own brochure opens on its page’s QR code and typed address; its back page names the website and the funders', async () => {
    const pdf = (await get(`/api/v1/territories/${territoryId}/brochure.pdf?date=${DATE}`, coordinator.token)).body;
    const pages = await pdfQrCodes(pdf, 100, { antialias: false });
    expect(pages[0]).toEqual([`http://terroir.test/t/${territoryCode}?qr=1`]);
    const words = await pdfWords(pdf);
    expect(words.find((w) => w.text === `terroir.test/t/${territoryCode}`)?.page).toBe(1);
    const back = words
      .filter((w) => w.page === pages.length)
      .map((w) => w.text)
      .join(' ');
    expect(back).toContain('Sur le web bonsplans-gatine.test');
    for (const funders of ['Avec le soutien de', 'Région Nouvelle-Aquitaine', 'Fonds LEADER']) expect(back).toContain(funders);
    expect(pages.at(-1)).toEqual(['https://bonsplans-gatine.test']);
  });

  it('printed for an edition, the territory’s own cover QR code carries it, as the producers’ codes do', async () => {
    const { number } = (
      await t.as(coordinator.token).post(`/api/v1/territories/${territoryId}/editions`).send({ name: 'Saison', format: 'A5', lang: 'fr' }).expect(201)
    ).body as { number: number };
    const pdf = (await get(`/api/v1/territories/${territoryId}/brochure.pdf?date=${DATE}&format=A5&edition=${number}`, coordinator.token)).body;
    const pages = await pdfQrCodes(pdf, 150);
    expect(pages[0]).toEqual([`http://terroir.test/t/${territoryCode}?qr=1&e=${number}`]);
    expect(pages.slice(1, -1).flat()).toContain(`http://terroir.test/f/${producers.near.code}?qr=1&e=${number}`);
  });

  it('no text leaves the page, with a 600-character description and a 40-character commune, in A4 and A5', async () => {
    for (const format of ['A4', 'A5']) {
      const pdf = (await get(`/api/v1/accommodations/${gite.id}/brochure.pdf?date=${DATE}&format=${format}`)).body;
      const words = await pdfWords(pdf);
      expect(words.length).toBeGreaterThan(100);
      const outside = words.filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > w.pageWidth + 0.5 || w.yMax > w.pageHeight + 0.5);
      expect(outside, format).toEqual([]);
      expect(words.map((w) => w.text).join(' ')).toContain(LONG_COMMUNE);
    }
  });

  it('the QR card fits a long name, of many words or one, on its page with a decodable code', async () => {
    const make = factories(t);
    const seventy = 'Gîte rural de la Vallée du Thouet et des Bocages de la Gâtine poitevine'; // 70 characters
    const word = 'Chambresdhôtes'.repeat(9).slice(0, 120); // one word, as long as the field allows
    for (const name of [seventy, word]) {
      const place = await make.accommodation(territoryId, { name });
      const card = await get(`/api/v1/accommodations/${place.id}/qr-card.pdf`, coordinator.token);
      expect(card.status, name).toBe(200);
      const words = await pdfWords(card.body);
      const outside = words.filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > w.pageWidth + 0.5 || w.yMax > w.pageHeight + 0.5);
      expect(outside).toEqual([]);
      const text = words.map((w) => w.text).join(' ');
      // whole, over several lines (the word broken between letters)
      expect(text.replace(/ /g, '')).toContain(name.replace(/ /g, ''));
      expect(text).toContain('Scannen Sie');
      expect((await pdfQrCodes(card.body, 150)).flat()).toEqual([`http://terroir.test/v/${place.code}?qr=1`]);
    }
  });

  it('the member pages give the brochure with the API’s defaults when the link names no language or format', async () => {
    const agent = await signedInAgent(t, host.email);
    const download = (query: string) => agent.get(`/app/host/accommodations/${gite.id}/brochure.pdf${query}`).buffer(true).parse(binary);
    const plain = await download('');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('application/pdf');
    expect((await pdfText(plain.body as Buffer)).replace(/\s+/g, ' ')).toContain('Les bons plans de nos producteurs');
    expect((await download('?lang=en')).status).toBe(200);
    expect((await download('?format=A5')).status).toBe(200);
  });

  it('comes in A5 and in English', async () => {
    const pdf = (await get(`/api/v1/accommodations/${gite.id}/brochure.pdf?date=${DATE}&format=A5&lang=en`)).body;
    const words = await pdfWords(pdf);
    expect(Math.round(words[0].pageWidth)).toBe(420);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    for (const shown of [
      'Our local producers’ offers',
      'Offered by your host:',
      '10% off chestnut honey',
      'Cheese tasting',
      '€2 off from €15',
      'How to use the offers',
    ])
      expect(text).toContain(shown);
  });

  it('prints as an A5 booklet: two pages per A4 landscape side, saddle-stitch order, blank pages before the back cover', async () => {
    // a territory whose A5 brochure has a number of pages that is not a multiple of 4
    const make = factories(t);
    const territory = (await make.territory({ name: 'Livret de Gâtine' })).id;
    const camping = await make.accommodation(territory, { name: 'Camping des Ânes', latitude: 46.6, longitude: -0.4, commune: 'Vasles', postcode: '79340' });
    for (let i = 0; i < 5; i++) {
      const producer = await make.producer(territory, {
        name: `Ferme n° ${i + 1}`,
        categories: ['honey'],
        latitude: 46.6 + i / 50,
        longitude: -0.4 + i / 60,
        description: { fr: 'Miel de bruyère et de châtaignier, ruchers au cœur du bocage. '.repeat(6) },
      });
      await make.publishedOffer(producer.id, { title: { fr: `Dégustation n° ${i + 1}` }, kind: 'tasting', ...SEASON });
    }
    const manager = await t.member(territory, 'coordinator');
    const path = `/api/v1/accommodations/${camping.id}/brochure.pdf?date=${DATE}&format=A5`;
    const plain = (await get(path, manager.token)).body;
    const response = await get(`${path}&imposition=booklet`, manager.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toContain('-A5-booklet.pdf');
    const booklet = response.body;

    const plainCodes = await pdfQrCodes(plain, 150);
    const count = plainCodes.length;
    const length = Math.ceil(count / 4) * 4;
    expect(count % 4, 'the booklet needs blank pages').not.toBe(0);
    const bookletCodes = await pdfQrCodes(booklet, 150);
    expect(bookletCodes.length).toBe(length / 2);
    // every QR code still decodes, the same ones
    expect(bookletCodes.flat().sort()).toEqual(plainCodes.flat().sort());

    const pageWords = await pdfWords(plain);
    const sideWords = await pdfWords(booklet);
    expect(sideWords.every((w) => Math.round(w.pageWidth) === 842 && Math.round(w.pageHeight) === 595)).toBe(true);
    const half = 841.89 / 2;
    const margin = (half - 419.53) / 2;
    // booklet page b shows the brochure's page b, except its last page (the back cover), shown on page `length`; the others are blank
    const shownOn = (b: number) => (b === length ? count : b < count ? b : undefined);
    for (let side = 1; side <= length / 2; side++) {
      const s = side - 1;
      const [left, right] = s % 2 === 0 ? [length - s, s + 1] : [s + 1, length - s];
      const onSide = sideWords.filter((w) => w.page === side);
      expect(
        onSide.every((w) => w.xMax <= half || w.xMin >= half),
        `side ${side}: no word across the fold`,
      ).toBe(true);
      for (const [b, offset] of [
        [left, margin],
        [right, half + margin],
      ]) {
        const expected = pageWords.filter((w) => w.page === shownOn(b));
        const found = onSide.filter((w) => w.xMin >= half === offset > half);
        // the same words at the same places on the page, moved by the half's offset
        const unmatched = [...found];
        for (const word of expected) {
          const at = unmatched.findIndex((w) => w.text === word.text && Math.abs(w.xMin - offset - word.xMin) < 0.05 && Math.abs(w.yMin - word.yMin) < 0.05);
          expect(at, `side ${side}, booklet page ${b}: ${word.text}`).toBeGreaterThanOrEqual(0);
          unmatched.splice(at, 1);
        }
        expect(
          unmatched.map((w) => w.text),
          `side ${side}, booklet page ${b}`,
        ).toEqual([]);
      }
    }
    const frontRight = sideWords
      .filter((w) => w.page === 1 && w.xMin >= half)
      .map((w) => w.text)
      .join(' ');
    expect(frontRight).toContain('Offert par votre hôte');
  });

  it('an unchanged brochure is not rebuilt: same ETag, 304; an edit changes it', async () => {
    const first = await get(`/api/v1/accommodations/${gite.id}/brochure.pdf?date=${DATE}`);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^".+"$/);
    const again = await t.as(host.token).get(`/api/v1/accommodations/${gite.id}/brochure.pdf?date=${DATE}`).set('if-none-match', etag);
    expect(again.status).toBe(304);
    await t.http().patch(`/api/v1/producers/${producers.near.id}`).send({ phone: '+33 5 49 00 00 99' }).expect(200);
    const changed = await t.as(host.token).get(`/api/v1/accommodations/${gite.id}/brochure.pdf?date=${DATE}`).set('if-none-match', etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('the territory’s brochure is the coordinator’s; the QR card decodes to the accommodation page', async () => {
    expect((await t.as(host.token).get(`/api/v1/territories/${territoryId}/brochure.pdf`)).status).toBe(403);
    const territory = await get(`/api/v1/territories/${territoryId}/brochure.pdf?date=${DATE}`, coordinator.token);
    expect(territory.status).toBe(200);
    const text = (await pdfText(territory.body)).replace(/\s+/g, ' ');
    expect(text).toContain('Les bons plans de nos producteurs');
    expect(text).not.toContain('Offert par votre hôte');
    expect((await t.as(host.token).get(`/api/v1/accommodations/${gite.id}/brochure.pdf?format=A3`)).body.errors[0].field).toBe('format');

    const card = await get(`/api/v1/accommodations/${gite.id}/qr-card.pdf`);
    expect((await pdfQrCodes(card.body, 150)).flat()).toEqual([`http://terroir.test/v/${gite.code}?qr=1`]);
    const cardText = await pdfText(card.body);
    expect(cardText).toContain('Scan to discover');
    expect(cardText).toContain('Scannen Sie');
  });
});
