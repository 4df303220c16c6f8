import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#common';
import { codeForReaders } from '#directory';
import { binary } from '../support/binary.js';
import { factories } from '../support/factories.js';
import { signedInAgent, type PortalAgent } from '../support/portal.js';
import { hasPoppler, pdfText, pdfWords } from '../support/system-tools.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

describe.skipIf(!hasPoppler)('the coordinator’s booklet, and the pass card’s address typed as printed', () => {
  let t: TestApp;
  let territoryId: string;
  let accommodationId: string;
  let host: Member;
  let coordinator: PortalAgent;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine' })).id;
    accommodationId = (await make.accommodation(territoryId, { name: 'Gîte des Tilleuls' })).id;
    await make.producer(territoryId, { name: 'Miellerie' });
    host = await t.member(territoryId, 'host', { accommodationIds: [accommodationId] });
    coordinator = await signedInAgent(t, (await t.member(territoryId, 'coordinator')).email);
  });
  afterAll(() => t.close());

  it('offers the coordinator the booklet with the host’s line on duplex printing, and downloads it on A4 landscape sheets', async () => {
    const base = `/app/coordinator/${territoryId}`;
    const form = await coordinator.get(`${base}/brochure?lang=en`).expect(200);
    expect(form.text).toContain('<option value="booklet" >A5 booklet on A4 sheets</option>');
    expect(form.text).toContain('Booklet: print double-sided, flipping on the short edge, then fold the sheets in half and staple along the fold.');

    const booklet = await coordinator.get(`${base}/brochure.pdf?lang=en&format=A5&imposition=booklet`).buffer(true).parse(binary).expect(200);
    const sheets = new Set((await pdfWords(booklet.body as Buffer)).map((word) => `${word.pageWidth}×${word.pageHeight}`));
    expect([...sheets]).toEqual(['841.89×595.28']);
  });

  it('prints the pass’s address with its code in capitals, as the card writes it, and that address opens the pass', async () => {
    const today = todayIn('Europe/Paris');
    const issued = await t.as(host.token).post('/api/v1/passes').send({ accommodationId, arrival: today, departure: today, guests: 2, lang: 'en' }).expect(201);
    const code = issued.body.code as string;
    const card = await t.anonymous().get(`/api/v1/passes/${code}/card.pdf`).buffer(true).parse(binary).expect(200);
    const text = await pdfText(card.body as Buffer);
    expect(text).toContain(codeForReaders(code));
    const typed = /terroir\.test(\/p\/\S+)/.exec(text)?.[1];
    expect(typed).toBe(`/p/${code.toUpperCase()}`);

    const page = await t
      .anonymous()
      .get(typed as string)
      .expect(200);
    expect(page.text).toContain(`<strong class="pass-code">${codeForReaders(code)}</strong>`);
  });
});
