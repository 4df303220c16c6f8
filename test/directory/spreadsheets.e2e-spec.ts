import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const BOM = '\uFEFF';
const HEADER = 'Référence;Nom;Adresse;Code postal;Commune;Latitude;Longitude;Téléphone;E-mail;Catégories;Horaires;Description FR;Description EN';

/** CRLF-joined lines, as Excel saves them. */
const csv = (...lines: string[]) => `${BOM}${lines.join('\r\n')}\r\n`;

/** Every edge case a coordinator's spreadsheet holds, with a problem on rows 4, 5, 6, 7, 8, 9 and 10. */
const EDGE_CASES = csv(
  HEADER,
  // row 2: quoted fields with a newline, a doubled quote and a semicolon; accents é, ô, œ
  `SIT-1;"Le ""Vieux"" Moulin de l'Œuvre";"Chemin du Côteau";79200;Parthenay;46,6486;-0,2472;05 49 64 00 00;moulin@vieux.test;"Miel | Fruits";"Mo-Sa 09:00-12:00";"Première ligne ; suite
Deuxième ligne, avec « guillemets »";"First line"`,
  // row 3: English category names, dots in numbers
  `SIT-2;Ferme de la Forêt;La Forêt;79130;Secondigny;46.6097;-0.4147;;foret@ferme.test;Dairy & cheese,Honey;;Chèvres;`,
  // row 4: a missing coordinate
  `SIT-3;Les Œufs de Gâtine;2 rue Haute;79310;Mazières-en-Gâtine;46,73;;;oeufs@gatine.test;Volailles;;;`,
  // row 5: a bad e-mail
  `SIT-4;Brasserie du Thouet;4 route de Thouars;79600;Airvault;46,8253;-0,1403;;brasserie@;Vins et boissons;;;`,
  // row 6: an unknown category (and hours no machine can read: a note, said as a warning, not a problem)
  `SIT-5;Poterie du Pont;1 rue du Pont;79350;Clessé;46,7169;-0,4022;;;Tricot|Artisanat;tous les jours sauf lundi;;`,
  // row 7: the same reference as row 2
  `SIT-1;Autre Moulin;3 rue Basse;79200;Parthenay;46,6;-0,25;;;Miel;;;`,
  // row 8: the same name and postcode as row 3, accents and case aside
  `;FERME DE LA FORET;La Forêt;79130;Secondigny;46,6097;-0,4147;;;Miel;;;`,
  // row 9: two problems on one row: no latitude and a bad e-mail
  `SIT-9;Le Rucher;La Lande;79200;Pompaire;;-0,2353;;pas un courriel;Miel;;;`,
  // row 10: a stray quote
  `SIT-10;Le 5" de Pompaire;La Lande;79200;Pompaire;46,6;-0,23;;;Miel;;;`,
);

const CLEAN = csv(
  HEADER,
  `SIT-1;"Le ""Vieux"" Moulin de l'Œuvre";"Chemin du Côteau";79200;Parthenay;46,6486;-0,2472;05 49 64 00 00;moulin@vieux.test;"Miel | Fruits";"Mo-Sa 09:00-12:00";"Première ligne ; suite
Deuxième ligne, avec « guillemets »";"First line"`,
  `SIT-2;Ferme de la Forêt;La Forêt;79130;Secondigny;46.6097;-0.4147;;foret@ferme.test;Dairy & cheese,Honey;;Chèvres;`,
  `;Les Œufs de Gâtine;2 rue Haute;79310;Mazières-en-Gâtine;46,73;-0,3208;;oeufs@gatine.test;Volailles;;;`,
);

describe('spreadsheets: CSV import and export of producers and accommodations', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  beforeAll(async () => {
    t = await startTestApp();
    make = factories(t);
  });
  afterAll(() => t.close());

  const importCsv = (territoryId: string, body: string, kind = 'producers', query = '') =>
    t.http().post(`/api/v1/territories/${territoryId}/imports/${kind}${query}`).set('content-type', 'text/csv').send(body);
  const count = async (table: 'producers' | 'accommodations', territoryId: string) =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table} WHERE territory_id = $1`, [territoryId]))[0].n);
  const auditCount = async (territoryId: string) =>
    Number(
      (
        await t.dataSource.query(`SELECT count(*) AS n FROM audit_entries WHERE territory_id = $1 AND entity_type IN ('producer', 'accommodation')`, [
          territoryId,
        ])
      )[0].n,
    );

  it('reports every problem of every edge-case row, on its row and column, and writes nothing', async () => {
    const territory = await make.territory();
    const response = await importCsv(territory.id, EDGE_CASES);
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    const fields = (response.body.errors as { field: string; message: string }[]).map((e) => e.field);
    expect(fields).toEqual([
      'row 4: Longitude',
      'row 5: E-mail',
      'row 6: Catégories',
      'row 7: Référence',
      'row 8: Nom',
      'row 9: E-mail',
      'row 9: Latitude',
      'row 10: Nom',
    ]);
    expect(await count('producers', territory.id)).toBe(0);
    expect(await auditCount(territory.id)).toBe(0);

    // a dry run says the same, as a report, and writes nothing either
    const dry = await importCsv(territory.id, EDGE_CASES, 'producers', '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 9, created: 2, updated: 0, unchanged: 0 });
    const problems = dry.body.problems as { row: number; column: string; message: string }[];
    expect(problems.map((p) => `row ${p.row}: ${p.column}`)).toEqual(fields);
    const message = (row: number, column: string) => problems.find((p) => p.row === row && p.column === column)!.message;
    expect(message(4, 'Longitude')).toMatch(/missing/);
    expect(message(5, 'E-mail')).toMatch(/E-mail "brasserie@" is not an e-mail address/);
    expect(message(6, 'Catégories')).toMatch(/unknown category "Tricot" in Catégories/);
    const warning = (dry.body.warnings as { row: number; column: string; message: string }[]).find((w) => w.row === 6 && w.column === 'Horaires');
    expect(warning?.message).toMatch(/"tous les jours sauf lundi" cannot be read as opening hours: kept as a note for people/);
    expect(message(7, 'Référence')).toMatch(/duplicate of row 2: same reference "SIT-1"/);
    expect(message(8, 'Nom')).toMatch(/duplicate of row 3: same name and postcode/);
    expect(message(10, 'Nom')).toMatch(/stray quote/);
    expect(await count('producers', territory.id)).toBe(0);
  });

  it('writes a clean file entirely, in one go, with an audit entry per record', async () => {
    const territory = await make.territory();
    const id = territory.id;
    const response = await importCsv(id, CLEAN);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toEqual({ dryRun: false, rows: 3, created: 3, updated: 0, unchanged: 0, problems: [], warnings: [] });
    const list = (await t.http().get(`/api/v1/producers?territoryId=${id}`).expect(200)).body.items as Record<string, unknown>[];
    const moulin = list.find((p) => p.externalRef === 'SIT-1')!;
    expect(moulin).toMatchObject({
      name: `Le "Vieux" Moulin de l'Œuvre`,
      slug: 'le-vieux-moulin-de-l-oeuvre',
      address: 'Chemin du Côteau',
      latitude: 46.6486,
      longitude: -0.2472,
      phone: '+33549640000',
      categories: ['honey', 'fruits'],
      openingHours: 'Mo-Sa 09:00-12:00',
      description: { fr: 'Première ligne ; suite\nDeuxième ligne, avec « guillemets »', en: 'First line' },
      status: 'active',
    });
    expect(list.find((p) => p.externalRef === 'SIT-2')).toMatchObject({
      categories: ['dairy_cheese', 'honey'],
      latitude: 46.6097,
      description: { fr: 'Chèvres' },
      phone: null,
    });
    expect(list.find((p) => p.name === 'Les Œufs de Gâtine')).toMatchObject({ externalRef: null, categories: ['poultry'], description: {} });
    expect(await auditCount(id)).toBe(3);
  });

  it('two imports of one file at once create each record once', async () => {
    const territory = await make.territory();
    const id = territory.id;
    const answers = await Promise.all([importCsv(id, CLEAN), importCsv(id, CLEAN)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers.map((a) => `${a.body.created} ${a.body.unchanged}`).sort()).toEqual(['0 3', '3 0']);
    expect(await count('producers', id)).toBe(3);
  });

  it('a dry run of a clean file reports what would happen and writes nothing', async () => {
    const territory = await make.territory();
    const response = await importCsv(territory.id, CLEAN, 'producers', '?dryRun=true');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0, problems: [], warnings: [] });
    expect(await count('producers', territory.id)).toBe(0);
    expect(await auditCount(territory.id)).toBe(0);
  });

  it('updates instead of duplicating on re-import: by reference, and by name + postcode accents and case aside', async () => {
    const territory = await make.territory();
    const id = territory.id;
    await importCsv(id, CLEAN).expect(200);
    const before = await auditCount(id);
    const changed = csv(
      HEADER,
      // by reference, renamed and moved
      `SIT-1;Le Moulin Neuf;"Chemin du Côteau";79200;Parthenay;46,65;-0,2472;05 49 64 00 00;moulin@vieux.test;Miel;"Mo-Sa 09:00-12:00";"Première ligne ; suite
Deuxième ligne, avec « guillemets »";`,
      // unchanged (spaces around a value are no change)
      `SIT-2; Ferme de la Forêt ;La Forêt;79130;Secondigny;46.6097;-0.4147;;foret@ferme.test;Dairy & cheese,Honey;;Chèvres;`,
      // by name + postcode, with other accents and case; it gets a reference
      `SIT-3;LES OEUFS DE GATINE;2 rue Haute;79310;Mazières-en-Gâtine;46,73;-0,3208;05 49 00 00 00;oeufs@gatine.test;Volailles;;;`,
      // a new one
      `SIT-4;La Cave;1 place;79200;Parthenay;46,64;-0,24;;;Vins et boissons;;;`,
    );
    const dry = await importCsv(id, changed, 'producers', '?dryRun=true').expect(200);
    expect(dry.body).toEqual({ dryRun: true, rows: 4, created: 1, updated: 2, unchanged: 1, problems: [], warnings: [] });
    const response = await importCsv(id, changed).expect(200);
    expect(response.body).toEqual({ dryRun: false, rows: 4, created: 1, updated: 2, unchanged: 1, problems: [], warnings: [] });
    expect(await count('producers', id)).toBe(4);
    expect(await auditCount(id)).toBe(before + 3);
    const rows = await t.dataSource.query(
      `SELECT external_ref, name, slug, latitude, phone, categories, description FROM producers WHERE territory_id = $1 ORDER BY external_ref`,
      [id],
    );
    expect(rows[0]).toMatchObject({
      external_ref: 'SIT-1',
      name: 'Le Moulin Neuf',
      slug: 'le-vieux-moulin-de-l-oeuvre',
      latitude: 46.65,
      categories: ['honey'],
    });
    expect(rows[0].description).toEqual({ fr: 'Première ligne ; suite\nDeuxième ligne, avec « guillemets »' }); // English taken out
    expect(rows[1]).toMatchObject({ external_ref: 'SIT-2', name: 'Ferme de la Forêt' });
    expect(rows[2]).toMatchObject({ external_ref: 'SIT-3', name: 'LES OEUFS DE GATINE', phone: '+33549000000' });
    expect(rows[3]).toMatchObject({ external_ref: 'SIT-4', name: 'La Cave' });
    // the audit trail says what changed
    const [entry] = await t.dataSource.query(
      `SELECT actor_id, action, changes FROM audit_entries WHERE entity_type = 'producer' AND action = 'update' AND changes ? 'externalRef'`,
    );
    expect(entry.changes.externalRef).toEqual({ from: null, to: 'SIT-3' });
    expect(entry.actor_id).not.toBeNull();

    // the same file again changes nothing
    expect((await importCsv(id, changed).expect(200)).body).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it('export → import round trip changes nothing, for producers and accommodations, with semicolons or commas', async () => {
    const territory = await make.territory({ name: 'Gâtine Export' });
    const id = territory.id;
    await importCsv(id, CLEAN).expect(200);
    await make.producer(id, {
      name: '=HYPERLINK("http://evil.test")',
      description: { fr: '- vente directe\n- visite', nl: 'Boerderij' },
      labels: ['organic'],
      status: 'suspended',
      website: 'https://ferme.test',
    });
    const archived = await make.producer(id, { name: 'Archivée' });
    await make.offer(archived.id);
    await t.http().delete(`/api/v1/producers/${archived.id}`).expect(200);
    await make.accommodation(id, {
      name: `Chambre d'hôtes « Les Tilleuls »`,
      kind: 'chambre_hotes',
      description: { fr: 'Deux chambres;\nune suite', en: 'Two rooms' },
      capacity: 5,
    });
    await make.accommodation(id, { name: 'Camping du Lac', kind: 'camping', capacity: 80, postcode: '79130' });

    const exported = await t.http().get(`/api/v1/territories/${id}/exports/producers.csv`).expect(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.headers['content-disposition']).toBe('attachment; filename="producteurs-gatine-export.csv"');
    expect(
      exported.text.startsWith(
        `${BOM}reference;nom;adresse;code_postal;commune;latitude;longitude;telephone;email;site_web;categories;horaires;horaires_note;description_fr;description_en;labels;statut;id\r\n`,
      ),
    ).toBe(true);
    expect(exported.text).toContain(`;46,6486;-0,2472;`);
    expect(exported.text).toContain(`'=HYPERLINK(""http://evil.test"")`); // never run as a formula by a spreadsheet
    expect(exported.text).not.toContain('Archivée');
    expect(exported.text.split('\r\n').filter((line) => line.startsWith('SIT-') || line.startsWith(';'))).toHaveLength(4);
    expect((await importCsv(id, exported.text).expect(200)).body).toEqual({
      dryRun: false,
      rows: 4,
      created: 0,
      updated: 0,
      unchanged: 4,
      problems: [],
      warnings: [],
    });

    const comma = await t.http().get(`/api/v1/territories/${id}/exports/producers.csv?delimiter=comma`).expect(200);
    expect(comma.text).toContain(',46.6486,-0.2472,');
    expect((await importCsv(id, comma.text).expect(200)).body).toMatchObject({ created: 0, updated: 0, unchanged: 4 });

    const hosts = await t.http().get(`/api/v1/territories/${id}/exports/accommodations.csv`).expect(200);
    expect(hosts.headers['content-disposition']).toBe('attachment; filename="hebergements-gatine-export.csv"');
    expect(hosts.text).toContain(`;Chambre d'hôtes « Les Tilleuls »;chambre_hotes;`);
    expect(hosts.text).toContain(`;"Deux chambres;\nune suite";Two rooms;active;`);
    expect((await importCsv(id, hosts.text, 'accommodations').expect(200)).body).toEqual({
      dryRun: false,
      rows: 2,
      created: 0,
      updated: 0,
      unchanged: 2,
      problems: [],
      warnings: [],
    });
    expect(await count('producers', id)).toBe(5);
    expect(await count('accommodations', id)).toBe(2);
  });

  it('imports accommodations with French kinds and updates them on re-import', async () => {
    const territory = await make.territory();
    const id = territory.id;
    const file = csv(
      'nom,type,adresse,code_postal,commune,latitude,longitude,capacité,email',
      `Gîte du Lavoir,Gîte,3 rue du Lavoir,79130,Secondigny,46.6097,-0.4147,6,lavoir@gite.test`,
      `"Les Chambres de Léonie",Chambre d'hôtes,"2, place de l'Église",79200,Parthenay,46.6486,-0.2472,,`,
      `Camping,bungalow,1 rue,79200,Parthenay,46.6,-0.2,quatre,`,
    );
    const wrong = await importCsv(id, file, 'accommodations', '?dryRun=true').expect(200);
    expect(wrong.body.problems.map((p: { row: number; column: string }) => `${p.row} ${p.column}`)).toEqual(['4 type', '4 capacité']);
    const right = file.replace('Camping,bungalow,1 rue,79200,Parthenay,46.6,-0.2,quatre,', 'Camping des Étangs,camping,1 rue,79200,Parthenay,46.6,-0.2,40,');
    expect((await importCsv(id, right, 'accommodations').expect(200)).body).toMatchObject({ created: 3, updated: 0 });
    const rows = await t.dataSource.query(`SELECT name, kind, capacity, address, code FROM accommodations WHERE territory_id = $1 ORDER BY name`, [id]);
    expect(rows.map((r: { name: string; kind: string; capacity: number | null }) => [r.name, r.kind, r.capacity])).toEqual([
      ['Camping des Étangs', 'camping', 40],
      ['Gîte du Lavoir', 'gite', 6],
      ['Les Chambres de Léonie', 'chambre_hotes', null],
    ]);
    expect(new Set(rows.map((r: { code: string }) => r.code)).size).toBe(3);
    const again = right.replace('Secondigny,46.6097,-0.4147,6', 'Secondigny,46.6097,-0.4147,8');
    expect((await importCsv(id, again, 'accommodations').expect(200)).body).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(await count('accommodations', id)).toBe(3);
  });

  it('names missing columns on row 1, leaves out unknown ones with a word, and refuses what is not CSV', async () => {
    const territory = await make.territory();
    const id = territory.id;
    const response = await importCsv(
      id,
      csv('name,town,postcode,latitude,longitude,couleur', 'Ferme,Parthenay,79200,46.6,-0.2,rouge'),
      'producers',
      '?dryRun=true',
    ).expect(200);
    expect(response.body.problems).toEqual([
      { row: 1, column: 'adresse', code: 'missing_column', params: { column: 'adresse' }, message: 'column "adresse" is missing' },
    ]);
    expect(response.body.warnings).toMatchObject([{ row: 1, column: 'couleur', code: 'ignored_column' }]);
    expect((await importCsv(id, '', 'producers').expect(400)).body.message).toBe('row 1: the file is empty (0 bytes): choose the CSV file of the spreadsheet');
    await t.http().post(`/api/v1/territories/${id}/imports/producers`).send({ csv: 'nom' }).expect(415);
    const unterminated = await importCsv(
      id,
      csv('nom,adresse,code_postal,commune,latitude,longitude', 'A,1 rue,79200,Parthenay,46.6,-0.2', '"B,1 rue,79200,Parthenay,46.6,-0.2'),
      'producers',
      '?dryRun=true',
    ).expect(200);
    expect(unterminated.body.problems).toEqual([{ row: 3, column: 'nom', code: 'unclosed_quote', message: expect.stringContaining('never closed') }]);
  });

  it('reads a sheet as people type it: their headers, hours in words, a column of their own, and says what it changed', async () => {
    const id = (await make.territory()).id;
    const file = csv(
      'Nom;Adresse;Code postal;Commune;Latitude;Longitude;Description;Catégorie(s);Horaires d’ouverture;Notes internes',
      'Ferme des Brandes;La Brande;79200;Parthenay;46,65;-0,25;Chèvres et fromages;fromages;du lundi au samedi 9h-12h et 14h-18h;rappeler en mars',
    );
    const dry = (await importCsv(id, file, 'producers', '?dryRun=true').expect(200)).body;
    expect(dry).toMatchObject({ created: 1, problems: [] });
    expect(dry.warnings).toMatchObject([
      { row: 1, column: 'Notes internes', code: 'ignored_column' },
      { row: 2, column: 'Catégorie(s)', code: 'names_read', params: { typed: 'fromages', readFr: 'Produits laitiers et fromages' } },
      { row: 2, column: 'Horaires d’ouverture', code: 'hours_read', params: { read: 'Mo-Sa 09:00-12:00,14:00-18:00' } },
    ]);
    await importCsv(id, file, 'producers').expect(200);
    const [stored] = (await t.http().get('/api/v1/producers').query({ territoryId: id }).expect(200)).body.items;
    expect(stored).toMatchObject({ openingHours: 'Mo-Sa 09:00-12:00,14:00-18:00', categories: ['dairy_cheese'], description: { fr: 'Chèvres et fromages' } });
  });

  it('latitude and longitude swapped are read the right way round and said; a point far from the territory is a problem', async () => {
    const id = (await make.territory()).id;
    for (const [latitude, longitude] of [
      [46.32, -0.46],
      [46.33, -0.59],
      [46.29, -0.42],
    ])
      await make.producer(id, { latitude, longitude });
    const file = csv(
      'nom;adresse;code_postal;commune;latitude;longitude',
      'Ferme inversée;1 rue;79000;Niort;-0,4588;46,3237',
      'Ferme lointaine;2 rue;31000;Toulouse;43,6;1,44',
    );
    const dry = (await importCsv(id, file, 'producers', '?dryRun=true').expect(200)).body;
    expect(dry.warnings).toMatchObject([{ row: 2, column: 'latitude', code: 'coordinates_swapped', params: { read: '46.3237, -0.4588' } }]);
    expect(dry.problems).toMatchObject([{ row: 3, column: 'latitude', code: 'far_from_territory', params: { km: 338 } }]);
    await importCsv(id, csv('nom;adresse;code_postal;commune;latitude;longitude', 'Ferme inversée;1 rue;79000;Niort;-0,4588;46,3237'), 'producers').expect(200);
    const { items } = (await t.http().get('/api/v1/producers').query({ territoryId: id, q: 'inversée' }).expect(200)).body;
    expect(items[0]).toMatchObject({ latitude: 46.3237, longitude: -0.4588 });
  });

  it('takes text/csv with a charset, Windows-1252 files, and files larger than JSON bodies up to 5 MB', async () => {
    const territory = await make.territory();
    const id = territory.id;
    const withCharset = await t
      .http()
      .post(`/api/v1/territories/${id}/imports/producers?dryRun=true`)
      .set('content-type', 'text/csv; charset=utf-8')
      .send(CLEAN);
    expect(withCharset.status).toBe(200);
    expect(withCharset.body).toMatchObject({ created: 3, problems: [] });

    const latin1 = Buffer.from(
      'nom;adresse;code_postal;commune;latitude;longitude;categories\r\nLes Œufs de Ménigoute;Lieu-dit la Forêt;79340;Ménigoute;46,5;-0,06;Volailles\r\n',
      'latin1',
    );
    latin1[latin1.indexOf(Buffer.from('Les '), 0) + 4] = 0x8c; // Œ in Windows-1252 (latin1 cannot hold it)
    await importCsv(id, latin1 as unknown as string).expect(200);
    const [row] = await t.dataSource.query(`SELECT name, commune, address FROM producers WHERE territory_id = $1`, [id]);
    expect(row).toEqual({ name: 'Les Œufs de Ménigoute', commune: 'Ménigoute', address: 'Lieu-dit la Forêt' });

    const line = (i: number) =>
      `REF-${i};Ferme numéro ${i};${i} route de la Gâtine, lieu-dit des Trois Chênes et du Moulin;79200;Parthenay;46,6;-0,2;;ferme${i}@exemple.test;Miel|Fruits;Sa 09:00-12:00;Une description assez longue pour peser;`;
    const big = csv(HEADER, ...Array.from({ length: 6000 }, (_, i) => line(i)));
    expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024);
    const dry = await importCsv(id, big, 'producers', '?dryRun=true');
    expect(dry.status, JSON.stringify(dry.body).slice(0, 300)).toBe(200);
    expect(dry.body).toMatchObject({ rows: 6000, created: 6000, problems: [] });
    const tooBig = await importCsv(id, `${HEADER}\r\n${'x'.repeat(5 * 1024 * 1024)}`, 'producers', '?dryRun=true');
    expect(tooBig.status).toBe(413);
  });

  it('refuses producers, hosts and coordinators of another territory (import and export); 401 without sign-in', async () => {
    const territory = await make.territory();
    const other = await make.territory();
    const id = territory.id;
    const producer = await make.producer(id);
    const accommodation = await make.accommodation(id);
    const people = [
      await t.member(id, 'producer', { producerId: producer.id }),
      await t.member(id, 'host', { accommodationIds: [accommodation.id] }),
      await t.member(other.id, 'coordinator'),
    ];
    for (const person of people) {
      for (const kind of ['producers', 'accommodations']) {
        await t.as(person.token).post(`/api/v1/territories/${id}/imports/${kind}?dryRun=true`).set('content-type', 'text/csv').send(CLEAN).expect(403);
        await t.as(person.token).get(`/api/v1/territories/${id}/exports/${kind}.csv`).expect(403);
      }
    }
    await t.anonymous().get(`/api/v1/territories/${id}/exports/producers.csv`).expect(401);
    await t.anonymous().post(`/api/v1/territories/${id}/imports/producers`).set('content-type', 'text/csv').send(CLEAN).expect(401);
    const coordinator = await t.member(id, 'coordinator');
    await t.as(coordinator.token).post(`/api/v1/territories/${id}/imports/producers`).set('content-type', 'text/csv').send(CLEAN).expect(200);
    await t.as(coordinator.token).get(`/api/v1/territories/${id}/exports/producers.csv`).expect(200);
    expect(await count('producers', id)).toBe(4);
  });

  it('keeps the reference to coordinators and unique in the territory through the API', async () => {
    const territory = await make.territory();
    const id = territory.id;
    const producer = await make.producer(id, { externalRef: 'SIT-79-0042' });
    expect(producer.externalRef).toBe('SIT-79-0042');
    const taken = await t.http().post('/api/v1/producers').send({
      territoryId: id,
      name: 'Autre',
      categories: [],
      address: '1 rue',
      postcode: '79200',
      commune: 'Parthenay',
      latitude: 46.6,
      longitude: -0.2,
      externalRef: 'SIT-79-0042',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([
      { field: 'externalRef', message: 'externalRef is already taken', code: 'already_taken', params: { field: 'externalRef' } },
    ]);
    const owner = await t.member(id, 'producer', { producerId: producer.id });
    const refused = await t.as(owner.token).patch(`/api/v1/producers/${producer.id}`).send({ externalRef: 'MINE' });
    expect(refused.status).toBe(403);
    expect(refused.body.errors).toEqual([
      { field: 'externalRef', message: 'you may not set externalRef', code: 'field_forbidden', params: { fields: 'externalRef' } },
    ]);
  });

  it('imports the sample spreadsheet of the Gâtine cleanly into an empty territory', async () => {
    const territory = await make.territory({ name: 'Gâtine échantillon' });
    const id = territory.id;
    const sample = await readFile(new URL('../../docs/samples/producteurs-gatine.csv', import.meta.url), 'utf8');
    const response = await importCsv(id, sample);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ dryRun: false, created: 26, updated: 0, unchanged: 0, problems: [] });
    expect(response.body.rows).toBeGreaterThanOrEqual(20);
    expect(await count('producers', id)).toBe(26);
    const exported = await t.http().get(`/api/v1/territories/${id}/exports/producers.csv`).expect(200);
    expect((await importCsv(id, exported.text).expect(200)).body).toMatchObject({ created: 0, updated: 0, unchanged: 26 });
    expect((await importCsv(id, sample).expect(200)).body).toMatchObject({ created: 0, updated: 0, unchanged: 26 });
  });
  it('an export always re-imports as "nothing changed": records alike in name and postcode, texts starting with an apostrophe before a formula sign', async () => {
    const id = (await make.territory()).id;
    // the API accepts two accommodations of one name and postcode, neither with a reference
    const twins = [
      await make.accommodation(id, { name: 'Gîte du Lavoir', postcode: '79130' }),
      await make.accommodation(id, { name: 'Gîte du Lavoir', postcode: '79130' }),
    ];
    await make.accommodation(id, { name: `'=Gîte entre apostrophes`, description: { fr: `'- une liste`, en: `''@home` } });
    await make.producer(id, { name: `'+Plus`, website: undefined, description: { fr: `'=1+1` } });
    await make.producer(id, { name: '=HYPERLINK("http://evil.test")' });

    for (const kind of ['accommodations', 'producers'] as const) {
      const exported = (await t.http().get(`/api/v1/territories/${id}/exports/${kind}.csv`).expect(200)).text;
      const rows = kind === 'accommodations' ? 3 : 2;
      expect((await importCsv(id, exported, kind).expect(200)).body).toEqual({
        dryRun: false,
        rows,
        created: 0,
        updated: 0,
        unchanged: rows,
        problems: [],
        warnings: [],
      });
    }
    const exported = (await t.http().get(`/api/v1/territories/${id}/exports/accommodations.csv`).expect(200)).text;
    expect(exported).toContain(`;''=Gîte entre apostrophes;`);
    expect(exported).toContain(`;${twins[0].id}\r\n`);
    const [stored] = await t.dataSource.query(`SELECT description FROM accommodations WHERE name = $1`, [`'=Gîte entre apostrophes`]);
    expect(stored.description).toEqual({ fr: `'- une liste`, en: `''@home` });

    // each row names its record by id: one twin renamed in the file is that twin updated, not a new record
    const renamed = exported.replace(new RegExp(`;Gîte du Lavoir;(.*;${twins[1].id})\\r\\n`), ';Gîte du Lavoir (étage);$1\r\n');
    expect(renamed).not.toBe(exported);
    expect((await importCsv(id, renamed, 'accommodations').expect(200)).body).toMatchObject({ created: 0, updated: 1, unchanged: 2, problems: [] });
    expect((await t.http().get(`/api/v1/accommodations/${twins[1].id}`).expect(200)).body.name).toBe('Gîte du Lavoir (étage)');

    // an id that is none of the territory's records is said, not taken for a new record
    const stranger = csv(
      'nom;type;adresse;code_postal;commune;latitude;longitude;id',
      `Gîte;gîte;1 rue;79130;Secondigny;46,6;-0,4;${'0b7e5c3e-4f7a-4d2b-9a51-2f3c1d9e8a10'}`,
    );
    expect((await importCsv(id, stranger, 'accommodations', '?dryRun=true').expect(200)).body.problems).toMatchObject([
      { row: 2, column: 'id', code: 'unknown_id', message: 'no accommodation of the territory has this id: leave the id empty to create a new accommodation' },
    ]);
  });

  it("reads Excel's Unicode text (UTF-16 with tabs) and refuses an image renamed .csv; an empty file, a header alone and a missing column say so", async () => {
    const id = (await make.territory()).id;
    const unicodeText = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('nom\tadresse\tcode_postal\tcommune\tlatitude\tlongitude\r\nLes Œufs de Ménigoute\tLa Forêt\t79340\tMénigoute\t46,5\t-0,06\r\n', 'utf16le'),
    ]);
    expect((await importCsv(id, unicodeText as unknown as string).expect(200)).body).toMatchObject({ created: 1, problems: [] });
    expect((await t.dataSource.query(`SELECT name, commune FROM producers WHERE territory_id = $1`, [id]))[0]).toEqual({
      name: 'Les Œufs de Ménigoute',
      commune: 'Ménigoute',
    });

    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('\x00\x00\x00\rIHDR;nom\nA;b\n')]);
    const refused = await importCsv(id, png as unknown as string, 'producers', '?dryRun=true').expect(200);
    expect(refused.body).toMatchObject({
      dryRun: true,
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      problems: [
        {
          row: 1,
          column: null,
          message: expect.stringMatching(/^this file is a PNG image, not an .xlsx workbook or a CSV file: save the spreadsheet as an Excel workbook/),
        },
      ],
    });

    expect((await importCsv(id, 'nom;adresse;code_postal;commune;latitude;longitude\r\n', 'producers', '?dryRun=true').expect(200)).body).toMatchObject({
      dryRun: true,
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      problems: [],
    });

    // a missing column is the whole file's problem: no row would be created, and the real import's message names the rows
    const noCommune = csv(
      'nom;adresse;code_postal;latitude;longitude;email',
      'A;1 rue;79200;46,6;-0,2;',
      'B;2 rue;79200;46,6;-0,2;pas-un-email',
      'C;3 rue;79200;46,6;-0,2;',
    );
    expect((await importCsv(id, noCommune, 'producers', '?dryRun=true').expect(200)).body).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 0 });
    const real = await importCsv(id, noCommune).expect(400);
    expect(real.body.message).toBe(
      '2 fields are invalid: row 1: column "commune" is missing; row 3: email "pas-un-email" is not an e-mail address: write it as name@example.fr',
    );
    expect(real.body.errors).toMatchObject([
      { field: 'row 1: commune', message: 'row 1: column "commune" is missing' },
      { field: 'row 3: email', message: 'row 3: email "pas-un-email" is not an e-mail address: write it as name@example.fr' },
    ]);
  });
});
