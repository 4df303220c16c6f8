import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  AccommodationsService,
  OffersService,
  ProducersService,
  TerritoriesService,
  Territory,
  type Offer,
} from '../../directory/src/index.js';
import { DEMO_ACCOMMODATIONS, DEMO_PRODUCERS, DEMO_TERRITORY, type DemoOffer } from './demo-data.js';

export interface SeedSummary {
  territoryId: string;
  producers: number;
  accommodations: number;
  offers: number;
}

/** Loads the demo territory (modelled on the Gâtine association) through the same services as the API. */
@Injectable()
export class DemoSeeder {
  constructor(
    @InjectRepository(Territory) private readonly territoryRepository: Repository<Territory>,
    private readonly territories: TerritoriesService,
    private readonly producers: ProducersService,
    private readonly accommodations: AccommodationsService,
    private readonly offers: OffersService,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.territoryRepository.count()) === 0;
  }

  async hasDemo(): Promise<boolean> {
    return this.territoryRepository.existsBy({ slug: DEMO_TERRITORY.slug });
  }

  /** Offers run over the current year, so that the demo shows valid offers whenever it is started. */
  async seed(today = new Date()): Promise<SeedSummary> {
    const year = today.getUTCFullYear();
    const territory = await this.territories.create({ ...DEMO_TERRITORY });
    let offers = 0;
    for (const { offers: demoOffers, ...fields } of DEMO_PRODUCERS) {
      const producer = await this.producers.create({ ...fields, territoryId: territory.id });
      for (const demo of demoOffers) {
        await this.createOffer(producer.id, demo, year);
        offers++;
      }
    }
    for (const accommodation of DEMO_ACCOMMODATIONS) {
      await this.accommodations.create({ ...accommodation, territoryId: territory.id });
    }
    return { territoryId: territory.id, producers: DEMO_PRODUCERS.length, accommodations: DEMO_ACCOMMODATIONS.length, offers };
  }

  private async createOffer(producerId: string, demo: DemoOffer, year: number): Promise<Offer> {
    const { status, months, ...fields } = demo;
    const [first, last] = months ?? [1, 12];
    const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
    const offer = await this.offers.create({
      ...fields,
      producerId,
      validFrom: `${year}-${pad(first)}-01`,
      validTo: `${year}-${pad(last)}-${pad(lastDay)}`,
    });
    if (status === 'published' || status === 'paused') await this.offers.transition(offer.id, 'publish');
    if (status === 'paused') await this.offers.transition(offer.id, 'pause');
    if (status === 'pending_review') await this.offers.transition(offer.id, 'submit');
    return offer;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
