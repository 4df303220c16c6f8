export { DirectoryModule } from './directory.module.js';
export { CATEGORIES, type Category, CATEGORY_LABELS } from './categories/categories.js';
export { Territory } from './territories/territory.entity.js';
export { territoryView, TerritoryView } from './territories/territory.view.js';
export { CreateTerritoryDto, UpdateTerritoryDto } from './territories/territory.dto.js';
export { TerritoriesService } from './territories/territories.service.js';
export { typedHostName } from './territories/typed-host-name.js';
export { Producer } from './producers/producer.entity.js';
export { ProducerListItemView, producerView, ProducerView } from './producers/producer.view.js';
export { CreateProducerDto, ProducerQueryDto, UpdateProducerDto } from './producers/producer.dto.js';
export { ProducersService } from './producers/producers.service.js';
export { CELLS_PER_DEGREE, type CircleCells, circleCells } from './producers/near-cells.js';
export { NearCellsFolding } from './producers/near-cells-folding.js';
export { listPage, NEAR_POINT } from './shared/list-page.js';
export { Accommodation, ACCOMMODATION_KINDS, type AccommodationKind, type AccommodationStatus } from './accommodations/accommodation.entity.js';
export { AccommodationListItemView, accommodationView, AccommodationView } from './accommodations/accommodation.view.js';
export { AccommodationQueryDto, CreateAccommodationDto, UpdateAccommodationDto } from './accommodations/accommodation.dto.js';
export { AccommodationsService } from './accommodations/accommodations.service.js';
export { Offer, OFFER_KINDS, type OfferKind } from './offers/offer.entity.js';
export { OfferListItemView, offerView, OfferView } from './offers/offer.view.js';
export { CreateOfferDto, OfferQueryDto, RejectOfferDto, UpdateOfferDto } from './offers/offer.dto.js';
export { OffersService } from './offers/offers.service.js';
export { CODE_ALPHABET, SHORT_CODE_PATTERN } from './shared/short-code.js';
export { codeForReaders } from './shared/code-for-readers.js';
export { CHECKED_CODE_LENGTHS, checkCharacter, checkedCode, checkHolds } from './shared/check-character.js';
export { readTypedCode, type TypedCode } from './shared/typed-code.js';
export { TYPED_CODE_REFUSALS, typedCodeRefusal, type TypedCodeRefusal } from './shared/typed-code-refusals.js';
export { isStrictOpeningHours, openingHoursProblem, openingStatus, type OpeningStatus } from './shared/opening-hours.js';
export { openingHoursInWords } from './shared/hours-for-readers.js';
export { readHoursInWords } from './shared/hours-in-words.js';
export { phoneForReaders, phoneInLanguage, telHref } from './shared/phone-numbers.js';
export { PhoneField } from './shared/phone-field.js';
export { WebsiteField } from './shared/website-field.js';
export { readPlace, type OfficialPlace, type PlaceReading } from './places/official-place.js';
export { territoryCentre } from './shared/sensible-position.js';
export type { ContentKey, Showcase, ShowcaseKey, ShowcaseOffer, ShowcaseProducer, ShowcaseTerritory } from './showcase/showcase.js';
export { ShowcaseService } from './showcase/showcase.service.js';
export type { ComingOffer, ListedAccommodation, ProducerFilters, SiteCatalogue, SiteChanges, SiteListing, SiteTerritory } from './site/site.js';
export { SiteService } from './site/site.service.js';
export { type FeatureCollection, producersGeoJson } from './open-data/geojson.js';
export { type AccommodationForJsonLd, accommodationJsonLd, jsonLdScriptContent, producerJsonLd } from './open-data/schema-org.js';
export { SHEET_KINDS, type SheetKind } from './spreadsheets/columns.js';
export {
  type ImportOptions,
  type ImportProblem,
  type ImportProgress,
  type ImportReport,
  listedProblems,
  MAX_IMPORT_ROWS,
  SpreadsheetImportService,
} from './spreadsheets/spreadsheet-import.service.js';
export { SpreadsheetExportService, type SpreadsheetFile, type SpreadsheetFormat } from './spreadsheets/spreadsheet-export.service.js';
export { XLSX_TYPE } from './spreadsheets/xlsx.js';
export {
  closedWeek,
  MAX_RANGES_PER_DAY,
  readOpeningHours,
  TIME_OF_DAY,
  type TimeRange,
  WEEKDAYS,
  type Weekday,
  type WeeklyHours,
  writeOpeningHours,
} from './shared/weekly-hours.js';
export * from './directory-refusals.js';
export * from './spreadsheets/import-problems.js';
export { PLACE_PROBLEMS } from './places/place-problems.js';
export * from './spreadsheets/file-text.js';
export * from './spreadsheets/import-changes.js';
export type { PrintFunder, PrintImage, PrintImages } from './images/print-images.js';
export { ImagesService, type ImageIntent, publicImageUrl } from './images/images.service.js';
export type { ImageSubject, ImageTarget } from './images/image-subject.js';
export type { PublicImage, StoredImage, TerritoryImages } from './images/stored-image.js';
export { ImageRefused, sniffImage } from './images/image-encoding.js';
export { IMAGE_PURPOSES, type ImagePurpose, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, STORED_FORMAT } from './images/image-purposes.js';
export { IMAGE_REFUSALS } from './images/image-refusals.js';
export { BaseLayersService } from './base-layers/base-layers.service.js';
export { BaseLayersView } from './base-layers/base-layers.view.js';
export type { BaseLayerFeature, BaseLayerKind, BaseLayers, BaseLayerSummary, Position } from './base-layers/base-layers.js';
export { BASE_LAYER_REFUSALS } from './base-layers/base-layer-refusals.js';
export { MAX_BASE_LAYER_BYTES } from './base-layers/geojson-reading.js';
