import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '#audit';
import { APP_CONFIG, type AppConfig } from '#common';
import { BanGeocoder, GEOCODER } from './places/geocoder.js';
import { BaseLayersService } from './base-layers/base-layers.service.js';
import { AccommodationsService } from './accommodations/accommodations.service.js';
import { Accommodation } from './accommodations/accommodation.entity.js';
import { OffersService } from './offers/offers.service.js';
import { Offer } from './offers/offer.entity.js';
import { ProducersService } from './producers/producers.service.js';
import { NearCellsFolding } from './producers/near-cells-folding.js';
import { Producer } from './producers/producer.entity.js';
import { TerritoriesService } from './territories/territories.service.js';
import { Territory } from './territories/territory.entity.js';
import { ShowcaseKeys } from './showcase/showcase-keys.js';
import { ShowcaseQueries } from './showcase/showcase.queries.js';
import { ShowcaseService } from './showcase/showcase.service.js';
import { SiteQueries } from './site/site.queries.js';
import { SiteService } from './site/site.service.js';
import { SpreadsheetExportService } from './spreadsheets/spreadsheet-export.service.js';
import { SpreadsheetImportService } from './spreadsheets/spreadsheet-import.service.js';
import { ImagesRepository } from './images/images.repository.js';
import { ImagesService } from './images/images.service.js';

/** Territories, producers, accommodations and offers. */
@Module({
  imports: [TypeOrmModule.forFeature([Territory, Producer, Accommodation, Offer]), AuditModule],
  providers: [
    TerritoriesService,
    ProducersService,
    NearCellsFolding,
    AccommodationsService,
    OffersService,
    ShowcaseQueries,
    ShowcaseKeys,
    ShowcaseService,
    SiteQueries,
    SiteService,
    SpreadsheetImportService,
    SpreadsheetExportService,
    ImagesRepository,
    ImagesService,
    BaseLayersService,
    { provide: GEOCODER, useFactory: (config: AppConfig) => (config.geocoderUrl ? new BanGeocoder(config.geocoderUrl) : null), inject: [APP_CONFIG] },
  ],
  // Its services, never its repositories: every other part reads and writes the directory through its rules.
  exports: [
    TerritoriesService,
    ProducersService,
    AccommodationsService,
    OffersService,
    ShowcaseService,
    SiteService,
    SpreadsheetImportService,
    SpreadsheetExportService,
    ImagesService,
    BaseLayersService,
  ],
})
export class DirectoryModule {}
