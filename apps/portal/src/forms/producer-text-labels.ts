type Language = 'Fr' | 'En' | 'Nl' | 'De';

/** The words a form's messages give a producer's description and visit conditions in each language. */
export type ProducerTextWords = Record<`description${Language}` | `visit${Language}`, string>;

/** The error summary's names of a producer's texts, field by field: the producer's own form and the coordinator's say them alike. */
export function producerTextLabels(m: ProducerTextWords): Record<string, string> {
  return {
    'description.fr': m.descriptionFr,
    'description.en': m.descriptionEn,
    'description.nl': m.descriptionNl,
    'description.de': m.descriptionDe,
    'visitConditions.fr': m.visitFr,
    'visitConditions.en': m.visitEn,
    'visitConditions.nl': m.visitNl,
    'visitConditions.de': m.visitDe,
  };
}
