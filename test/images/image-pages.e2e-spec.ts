import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent, type PortalAgent } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

const picture = (width: number, height: number, colour: string) => sharp({ create: { width, height, channels: 3, background: colour } });

describe('images in the member pages', () => {
  let t: TestApp;
  let territoryId: string;
  let coordinator: Member;
  let producerId: string;
  let giteId: string;
  let otherGiteId: string;
  let host: Member;
  let producer: Member;
  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ funders: ['Région Nouvelle-Aquitaine'] })).id;
    producerId = (await make.producer(territoryId)).id;
    [giteId, otherGiteId] = [(await make.accommodation(territoryId)).id, (await make.accommodation(territoryId)).id];
    coordinator = await t.member(territoryId, 'coordinator');
    producer = await t.member(territoryId, 'producer', { producerId });
    host = await t.member(territoryId, 'host', { accommodationIds: [giteId] });
  });
  afterAll(() => t.close());

  /** Sends the page's image form as a browser does, and answers where it leads back to. */
  const send = async (agent: PortalAgent, page: string, action: string, bytes: Buffer, filename: string) => {
    const csrf = csrfOf((await agent.get(page).expect(200)).text);
    return agent.post(action).field('_csrf', csrf).field('back', page).attach('image', bytes, { filename, contentType: 'image/png' });
  };

  it('the coordinator uploads the logo and a funder’s logo from the settings, and is told in French what is wrong', async () => {
    const agent = await signedInAgent(t, coordinator.email);
    const settings = `/app/coordinator/${territoryId}/settings`;
    const gif = await send(agent, settings, `/app/images/territories/${territoryId}/logo`, await picture(10, 10, '#fc0').gif().toBuffer(), 'logo.png');
    expect(gif.status).toBe(303);
    expect(gif.headers.location).toBe(`${settings}?image=image-logo&imageCode=image_format&found=gif#image-logo`);
    const told = (await agent.get(gif.headers.location).expect(200)).text;
    expect(told).toContain(
      '<p class="error" id="image-logo-error" role="alert">L’image doit être au format PNG, JPEG ou WebP ; ce fichier est une image GIF.</p>',
    );

    expect(
      (await send(agent, settings, `/app/images/territories/${territoryId}/logo`, await picture(800, 400, '#2a6').png().toBuffer(), 'logo.png')).status,
    ).toBe(303);
    expect(
      (await send(agent, settings, `/app/images/territories/${territoryId}/funders/0/logo`, await picture(300, 100, '#06c').png().toBuffer(), 'region.png'))
        .status,
    ).toBe(303);
    const page = (await agent.get(settings).expect(200)).text;
    expect(page).toMatch(/<img src="\/images\/[0-9a-f]{32}\.png" width="800" height="400" alt="Logo du territoire actuelle"/);
    expect(page).toMatch(/<img src="\/images\/[0-9a-f]{32}\.png" width="300" height="100" alt="Logo de « Région Nouvelle-Aquitaine » actuelle"/);

    const remove = `/app/images/territories/${territoryId}/logo/remove`;
    const removed = await agent
      .post(remove)
      .type('form')
      .send({ _csrf: csrfOf(page), back: settings })
      .expect(303);
    expect(removed.headers.location).toBe(`${settings}?image=image-logo&imageDone=removed#image-logo`);
    expect((await agent.get(settings).expect(200)).text).not.toContain('width="800" height="400"');
  });

  it('a producer adds its photo from its page; a host its own accommodation’s, never another’s', async () => {
    const farmer = await signedInAgent(t, producer.email);
    const business = `/app/producer/${producerId}`;
    expect(
      (await send(farmer, business, `/app/images/producers/${producerId}/photo`, await picture(2000, 1000, '#c93').jpeg().toBuffer(), 'ferme.jpg')).status,
    ).toBe(303);
    expect((await farmer.get(business).expect(200)).text).toMatch(/<img src="\/images\/[0-9a-f]{32}\.jpg" width="1600" height="800"/);

    const gite = await signedInAgent(t, host.email);
    const page = `/app/host/accommodations/${giteId}`;
    expect((await send(gite, page, `/app/images/accommodations/${giteId}/photo`, await picture(900, 600, '#39c').png().toBuffer(), 'gite.png')).status).toBe(
      303,
    );
    expect((await gite.get(page).expect(200)).text).toMatch(/<img src="\/images\/[0-9a-f]{32}\.jpg" width="900" height="600"/);
    expect((await send(gite, page, `/app/images/accommodations/${otherGiteId}/photo`, await picture(90, 60, '#39c').png().toBuffer(), 'x.png')).status).toBe(
      404,
    );
  });
});
