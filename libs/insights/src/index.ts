export { InsightsModule } from './insights.module.js';
export { ScanCounter, type ScanEvent } from './scans/scan-counter.service.js';
export { isSitePageKind, SITE_PAGE_KINDS, SiteVisitCounter, type SitePageKind, type SiteVisit } from './site-visits/site-visit-counter.service.js';
export {
  AccommodationCounts,
  AccommodationFigures,
  CommuneCounts,
  FiguresPeriod,
  FlowCount,
  HostCounts,
  LanguageCount,
  MembershipCounts,
  NamedCount,
  OfferCounts,
  PeriodCounts,
  PreviousSeason,
  ProducerFigures,
  TerritoryFigures,
  UsesRecordedVia,
  WeekCount,
} from './figures/figures.js';
export { FiguresQueryDto } from './figures/figures-query.dto.js';
export { FiguresService } from './figures/figures.service.js';
export { TerritoryFiguresService, type SettledFigures } from './figures/territory-figures.service.js';
export { euros, FIGURES_TABLES, figuresTable, SPREADSHEET_CELLS, type FiguresTable, type FiguresTableName, type TableCells } from './figures/figures-tables.js';
export { figuresFormat, type FiguresFormat, type ReportLanguage } from './figures/figures-format.js';
export { SiteVisitCount } from './site-visits/site-visit-count.js';
export { OfferViewCounter, type PageShown } from './views/offer-view-counter.service.js';
export { CreateEditionDto, EditionNumberQueryDto, RecordCopiesDto } from './editions/edition.dto.js';
export { EditionCopiesView, EditionDetailView, EditionSnapshot, EditionView, PrintedOffer, PrintedProducer } from './editions/edition.view.js';
export { editionNumberOf, EditionsService } from './editions/editions.service.js';
export { FunnelQueryDto } from './editions/funnel-query.dto.js';
export { FunnelCsvQueryDto } from './editions/funnel-csv-query.dto.js';
export { FunnelService } from './editions/funnel.service.js';
export { funnelCsv } from './editions/funnel-csv.js';
export { SeasonFunnelQueryDto } from './editions/season-funnel-query.dto.js';
export { SeasonFunnelService, type PeriodEditionFunnel, type PeriodFunnel } from './editions/season-funnel.service.js';
export { FunnelSeason, SeasonFunnel, SeasonsFunnelView } from './editions/season-funnel.view.js';
export {
  AccommodationFunnelView,
  EditionFunnel,
  FunnelCounts,
  FunnelHost,
  FunnelProducer,
  FunnelWeek,
  HostComparison,
  TerritoryFunnelView,
} from './editions/funnel.view.js';
export * from './insights-refusals.js';
export { CountsUpkeep, type UpkeepOutcome } from './rollups/counts-upkeep.js';
export { periodSeries, type SeriesSource } from './figures/period-series.js';
