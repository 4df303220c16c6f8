import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { signedInAgent, submit, type PortalAgent } from '../support/portal.js';
import { startTestApp, type Member, type TestApp } from '../support/test-app.js';

/** The business form as the page fills it, with the changes a test makes. */
const profile = (changes: Record<string, string | string[]> = {}) => ({
  name: 'Miellerie d’Azay',
  'description.fr': 'Miel de bruyère et de châtaignier.',
  'description.en': 'Heather and chestnut honey.',
  categories: ['honey', 'preserves_deli'],
  address: '2 rue des Abeilles',
  postcode: '79130',
  commune: 'Azay-sur-Thouet',
  phone: '05 49 00 00 00',
  email: '',
  website: 'https://miellerie.example',
  latitude: '46,6345',
  longitude: '-0.3561',
  hoursMode: 'table',
  ...changes,
});

const weekdays = (from1: string, to1: string, from2: string, to2: string) =>
  Object.fromEntries(
    ['Mo', 'Tu', 'We', 'Th', 'Fr'].flatMap((d) => [
      [`hours.${d}.from1`, from1],
      [`hours.${d}.to1`, to1],
      [`hours.${d}.from2`, from2],
      [`hours.${d}.to2`, to2],
    ]),
  );

describe('my business: the producer edits its profile and opening hours', () => {
  let t: TestApp;
  let producerId: string;
  let neighbourId: string;
  let producer: Member;
  let agent: PortalAgent;
  const stored = async (id = producerId) =>
    (
      await t.dataSource.query(
        `SELECT name, description, categories, postcode, phone, email, latitude, opening_hours AS "openingHours" FROM producers WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    const territoryId = (await make.territory({ name: 'Gâtine' })).id;
    producerId = (await make.producer(territoryId, { name: 'Miellerie', description: { fr: 'Miel.', nl: 'Honing.' }, email: 'miel@example.fr' })).id;
    neighbourId = (await make.producer(territoryId, { name: 'Boulangerie du Bourg', phone: '05 49 11 11 11' })).id;
    producer = await t.member(territoryId, 'producer', { producerId });
    agent = await signedInAgent(t, producer.email);
  });
  afterAll(() => t.close());

  it('saves the profile; the hours table writes opening_hours, and reads it back into the rows', async () => {
    const page = await agent.get(`/app/producer/${producerId}?lang=en`).expect(200);
    expect(page.text).toContain('<h1>My business</h1>');
    expect(page.text).toContain('value="Miellerie"');

    const hours = { ...weekdays('09:00', '12:00', '14:00', '18:00'), 'hours.Sa.from1': '09:00', 'hours.Sa.to1': '12:00', 'hours.Su.closed': '1' };
    const saved = await submit(agent, `/app/producer/${producerId}`, profile(hours));
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe(`/app/producer/${producerId}?done=saved`);
    expect(await stored()).toMatchObject({
      name: 'Miellerie d’Azay',
      // A Dutch text not posted is kept.
      description: { fr: 'Miel de bruyère et de châtaignier.', en: 'Heather and chestnut honey.', nl: 'Honing.' },
      categories: ['honey', 'preserves_deli'],
      phone: '+33549000000',
      email: null,
      latitude: 46.6345,
      openingHours: 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00',
    });

    const again = await agent.get(saved.headers.location).expect(200);
    expect(again.text).toContain('Your business is up to date.');
    expect(again.text).toMatch(/id="f-hours-We-to2" name="hours\.We\.to2" value="18:00"/);
    expect(again.text).toMatch(/id="f-hours-Su-closed" name="hours\.Su\.closed" value="1" checked/);
  });

  it('hours the table cannot hold are shown as text, and saved unchanged', async () => {
    await t.dataSource.query(`UPDATE producers SET opening_hours = 'Mo-Fr 09:00-18:00; PH off' WHERE id = $1`, [producerId]);
    const page = await agent.get(`/app/producer/${producerId}?lang=en`).expect(200);
    expect(page.text).not.toContain('name="hours.Mo.from1"');
    expect(page.text).toContain('Mo-Fr 09:00-18:00; PH off</textarea>');
    expect(page.text).toContain('Your hours say more than the table of days can show');
    const saved = await submit(agent, `/app/producer/${producerId}`, profile({ hoursMode: 'text', openingHours: 'Mo-Fr 09:00-18:00; PH off' }));
    expect(saved.status).toBe(303);
    expect((await stored()).openingHours).toBe('Mo-Fr 09:00-18:00; PH off');
  });

  it('hours typed in words are saved in the syntax and said back in words to check; what is no hours goes in the note', async () => {
    const saved = await submit(
      agent,
      `/app/producer/${producerId}`,
      profile({ hoursMode: 'text', openingHours: 'du lundi au samedi 9h-12h et 14h-18h', hoursNote: 'Sur rendez-vous le dimanche' }),
    );
    expect(saved.status).toBe(303);
    expect((await stored()).openingHours).toBe('Mo-Sa 09:00-12:00,14:00-18:00');
    const page = await agent.get(`/app/producer/${producerId}?lang=fr`).expect(200);
    expect(page.text).toContain('Horaires enregistrés, à vérifier : <strong>lun.–sam. 09:00–12:00, 14:00–18:00</strong>');
    expect(page.text).toContain('Sur rendez-vous le dimanche</textarea>');

    const unread = await submit(
      agent,
      `/app/producer/${producerId}`,
      profile({ hoursMode: 'text', openingHours: 'Vendredi soir' }),
      `/app/producer/${producerId}?lang=fr`,
    );
    expect(unread.status).toBe(400);
    expect(unread.text).toContain('« Vendredi soir » ne se lit pas comme des horaires : écrivez-les par exemple « du lundi au vendredi 9h-12h');
  });

  it('a position with latitude and longitude swapped is refused beside the field, with the values to type', async () => {
    const before = await stored();
    const response = await submit(
      agent,
      `/app/producer/${producerId}`,
      profile({ latitude: '-0,3561', longitude: '46,6345' }),
      `/app/producer/${producerId}?lang=fr`,
    );
    expect(response.status).toBe(400);
    expect(response.text).toContain(
      'Latitude et longitude semblent inversées : -0.3561, 46.6345 est loin du territoire. Saisissez la latitude 46.6345 et la longitude -0.3561.',
    );
    expect(await stored()).toEqual(before);
  });

  it('errors are said beside their fields, what was typed stays, and nothing is saved', async () => {
    const before = await stored();
    const response = await submit(
      agent,
      `/app/producer/${producerId}`,
      profile({ name: 'Un nouveau nom', postcode: '7913', 'hours.Tu.from1': '10:00', 'hours.Tu.to1': '12:00', 'hours.Tu.closed': '1' }),
      `/app/producer/${producerId}?lang=fr`,
    );
    expect(response.status).toBe(400);
    expect(response.text).toContain('2 champs sont à corriger');
    expect(response.text).toMatch(/<p class="error" id="f-postcode-error">Le format ne convient pas\.<\/p>/);
    expect(response.text).toMatch(/id="f-postcode" name="postcode" aria-describedby="f-postcode-error" aria-invalid="true"/);
    expect(response.text).toContain('<p class="error" id="f-hours-Tu-error">Ce jour est coché « Fermé » mais a des horaires');
    expect(response.text).toContain('value="Un nouveau nom"');
    expect(response.text).toContain('value="7913"');
    expect(response.text).toMatch(/id="f-hours-Tu-from1" name="hours\.Tu\.from1" value="10:00"/);
    expect(await stored()).toEqual(before);

    const badText = await submit(
      agent,
      `/app/producer/${producerId}`,
      profile({ hoursMode: 'text', openingHours: 'tous les jours' }),
      `/app/producer/${producerId}?hours=text`,
    );
    expect(badText.status).toBe(400);
    expect(badText.text).toContain('id="f-openingHours-error"');
    expect(badText.text).toContain('tous les jours</textarea>');
  });

  it('another producer’s business cannot be opened or changed from here', async () => {
    const before = await stored(neighbourId);
    expect((await agent.get(`/app/producer/${neighbourId}`)).status).toBe(403);
    expect((await agent.get(`/app/producer/not-an-id`)).status).toBe(404);
    const forged = await submit(agent, `/app/producer/${neighbourId}`, profile({ name: 'Pris !' }), `/app/producer/${producerId}`);
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('Accès refusé');
    expect(await stored(neighbourId)).toEqual(before);
  });
});
