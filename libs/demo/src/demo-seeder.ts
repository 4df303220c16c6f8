import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Actor, APP_CONFIG, type AppConfig } from '#common';
import { UsersService } from '#accounts';
import { queryRows } from '#database';
import {
  AccommodationsService,
  ImagesService,
  BaseLayersService,
  OffersService,
  ProducersService,
  TerritoriesService,
  Territory,
  type Accommodation,
  type Offer,
  type Producer,
} from '#directory';
import { DEMO_ACCOMMODATIONS, DEMO_PRODUCERS, DEMO_TERRITORY, type DemoOffer } from './demo-data.js';
import { seedDemoImages } from './demo-images.js';
import { demoBaseLayers } from './demo-base-layers.js';
import { seedDemoMembership } from './demo-membership.js';
import { seedDemoEditions } from './demo-editions.js';
import { DemoSeason, type SeasonSummary } from './demo-season.js';

export interface SeedSummary {
  territoryId: string;
  producers: number;
  accommodations: number;
  offers: number;
  accounts: string[];
  /** Left out when asked for the directory alone. */
  season?: SeasonSummary;
}

/** The demo's past: the six months up to yesterday, so that figures and the impact report have a season to show. */
const SEASON_DAYS = 182;

/** The demo accounts, one per role (never created in production). */
export const DEMO_ACCOUNTS = {
  admin: 'admin@demo.test',
  coordinator: 'coordinator@demo.test',
  producer: 'producer@demo.test',
  host: 'host@demo.test',
} as const;

/** Loads the demo territory (modelled on the Gâtine association) through the same services as the API. */
@Injectable()
export class DemoSeeder {
  private readonly system = Actor.system();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly territories: TerritoriesService,
    private readonly producers: ProducersService,
    private readonly accommodations: AccommodationsService,
    private readonly offers: OffersService,
    private readonly users: UsersService,
    private readonly season: DemoSeason,
    private readonly images: ImagesService,
    private readonly baseLayers: BaseLayersService,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.dataSource.manager.count(Territory)) === 0;
  }

  async hasDemo(): Promise<boolean> {
    return this.dataSource.manager.existsBy(Territory, { slug: DEMO_TERRITORY.slug });
  }

  /**
   * Offers run over the current year, so that the demo shows valid offers whenever it is started.
   * `season: false` leaves out the simulated past (most of the time a seed takes): a test of the
   * directory alone needs none.
   */
  async seed(today = new Date(), options: { season?: boolean } = {}): Promise<SeedSummary> {
    const year = today.getUTCFullYear();
    const territory = await this.territories.create({ ...DEMO_TERRITORY }, this.system);
    const producers: Producer[] = [];
    let offers = 0;
    for (const { offers: demoOffers, ...fields } of DEMO_PRODUCERS) {
      const producer = await this.producers.create({ ...fields, territoryId: territory.id }, this.system);
      producers.push(producer);
      for (const demo of demoOffers) {
        await this.createOffer(producer.id, demo, year);
        offers++;
      }
    }
    const accommodations: Accommodation[] = [];
    for (const accommodation of DEMO_ACCOMMODATIONS) {
      accommodations.push(await this.accommodations.create({ ...accommodation, territoryId: territory.id }, this.system));
    }
    await seedDemoImages(
      this.images,
      territory.id,
      DEMO_TERRITORY.funders,
      producers.map((producer) => producer.id),
    );
    await this.baseLayers.put(territory.id, demoBaseLayers(), this.system);
    const accounts = this.config.nodeEnv === 'production' ? [] : await this.createAccounts(territory.id, producers[0], accommodations.slice(0, 3));
    await seedDemoMembership(this.dataSource, territory.id, year);
    const yesterday = new Date(today.getTime() - 86_400_000);
    const period = { from: new Date(yesterday.getTime() - SEASON_DAYS * 86_400_000).toISOString().slice(0, 10), to: yesterday.toISOString().slice(0, 10) };
    const season = options.season === false ? undefined : await this.season.simulate(territory.id, period);
    if (season) await seedDemoEditions(this.dataSource, territory.id, period);
    return { territoryId: territory.id, producers: producers.length, accommodations: accommodations.length, offers, accounts, season };
  }

  /** One account per role, all with DEMO_PASSWORD, as listed in the README. */
  private async createAccounts(territoryId: string, producer: Producer, hosted: Accommodation[]): Promise<string[]> {
    const password = this.config.demoPassword;
    let hostId = '';
    await this.users.createAdmin(DEMO_ACCOUNTS.admin, password);
    await this.dataSource.transaction(async (tx) => {
      await this.users.createMember(tx, { email: DEMO_ACCOUNTS.coordinator, name: 'Claire Coordinatrice', password, territoryId, role: 'coordinator' });
      await this.users.createMember(tx, {
        email: DEMO_ACCOUNTS.producer,
        name: 'Paul Producteur',
        password,
        territoryId,
        role: 'producer',
        producerId: producer.id,
      });
      const host = await this.users.createMember(tx, {
        email: DEMO_ACCOUNTS.host,
        name: 'Hélène Hôte',
        password,
        territoryId,
        role: 'host',
        accommodationIds: hosted.map((a) => a.id),
      });
      hostId = host.id;
    });
    await this.listOnTheSite(territoryId, hostId, hosted);
    return Object.values(DEMO_ACCOUNTS);
  }

  /** The demo host agrees to list its gîtes on the public site, as itself: the consent is a host's own. */
  private async listOnTheSite(territoryId: string, hostId: string, hosted: Accommodation[]): Promise<void> {
    const [membership] = await queryRows<{ id: string }>(this.dataSource, `SELECT id FROM memberships WHERE user_id = $1`, [hostId]);
    const accommodationIds = hosted.map((a) => a.id);
    const host = Actor.user(hostId, false, [{ id: membership.id, territoryId, role: 'host', producerId: null, accommodationIds }]);
    for (const id of accommodationIds) await this.accommodations.update(id, { publishOnSite: true }, host);
  }

  private async createOffer(producerId: string, demo: DemoOffer, year: number): Promise<Offer> {
    const { status, months, ...fields } = demo;
    const [first, last] = months ?? [1, 12];
    const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
    const offer = await this.offers.create(
      { ...fields, producerId, validFrom: `${year}-${pad(first)}-01`, validTo: `${year}-${pad(last)}-${pad(lastDay)}` },
      this.system,
    );
    if (status === 'published' || status === 'paused') await this.offers.transition(offer.id, 'publish', this.system);
    if (status === 'paused') await this.offers.transition(offer.id, 'pause', this.system);
    if (status === 'pending_review') await this.offers.transition(offer.id, 'submit', this.system);
    return offer;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
