import { ApiSchema, IntersectionType } from '@nestjs/swagger';
import { AccommodationView, OfferView, ProducerView, TerritoryView } from '#directory';
import { TextWarnings } from '#printing';

/*
 * What a save answers: the record, and the warnings of its texts the brochure cannot print. The
 * warnings are added here, by the way in, rather than by the directory's services: whether a
 * character prints is a question of the brochure's fonts (#printing), which the directory does not
 * depend on (printing reads the directory, never the reverse).
 */
@ApiSchema({ name: 'SavedProducer' })
export class SavedProducerView extends IntersectionType(ProducerView, TextWarnings) {}
@ApiSchema({ name: 'SavedOffer' })
export class SavedOfferView extends IntersectionType(OfferView, TextWarnings) {}
@ApiSchema({ name: 'SavedAccommodation' })
export class SavedAccommodationView extends IntersectionType(AccommodationView, TextWarnings) {}
@ApiSchema({ name: 'SavedTerritory' })
export class SavedTerritoryView extends IntersectionType(TerritoryView, TextWarnings) {}
