import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ApiError } from '#common';
import { whyItMatters, type PrintCheckLanguage } from './print-check-texts.js';
import { PRINT_PROBLEM_CODES, type PrintCheck, type PrintProblem, type PrintProblemCode, type ProblemRecord } from './print-problem.js';

@ApiSchema({ name: 'PrintProblemRecord' })
export class PrintProblemRecordView {
  @ApiProperty({ enum: ['producer', 'offer', 'accommodation'], example: 'producer' })
  kind: ProblemRecord['kind'];

  @ApiProperty({ format: 'uuid', example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69' })
  id: string;

  @ApiProperty({ example: 'La Ferme du Chêne', description: 'Its name (an offer: its French title)' })
  name: string;
}

/** One problem of the check before printing. */
@ApiSchema({ name: 'PrintProblem' })
export class PrintProblemView {
  @ApiProperty({ type: PrintProblemRecordView })
  record: PrintProblemRecordView;

  @ApiProperty({ example: 'latitude', description: 'The field of the record to change' })
  field: string;

  @ApiProperty({ enum: PRINT_PROBLEM_CODES, example: 'far_from_commune' })
  code: PrintProblemCode;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { name: 'La Ferme du Chêne', km: 40, commune: 'Parthenay' },
    description: 'The values the problem is about, by name, to go with `code`',
  })
  params: Record<string, string | number>;

  @ApiProperty({
    example: 'the map would place "La Ferme du Chêne" 40 km from Parthenay, its commune: check latitude and longitude, or the commune',
    description: 'Why it matters, in the language asked (Accept-Language: fr or en)',
  })
  why: string;

  @ApiProperty({
    enum: ['error', 'warning'],
    example: 'error',
    description: 'error: the brochure would print it wrong; warning: it prints, but a visitor misses something',
  })
  severity: PrintProblem['severity'];

  @ApiProperty({ example: '/app/coordinator/5b1f…/producers/3f1c…', description: 'The member page where it is fixed' })
  fixPath: string;
}

/** The check before printing: what the territory's brochures would print wrong or leave out. */
@ApiSchema({ name: 'PrintCheck' })
export class PrintCheckView {
  @ApiProperty({ format: 'uuid', example: '5b1f7c2e-4a3d-4e8b-9c6f-2d1e0a9b8c7d' })
  territoryId: string;

  @ApiProperty({ format: 'date', example: '2027-03-02', description: "The day checked, in the territory's time zone" })
  checkedOn: string;

  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string', example: 'Saison 2027' }, endsOn: { type: 'string', format: 'date' } },
    example: { id: '7c2e5b1f-4a3d-4e8b-9c6f-2d1e0a9b8c7d', name: 'Saison 2027', endsOn: '2027-10-31' },
    description: 'The open season, if any: printing the territory’s brochures then waits for the problems to be fixed, or for a reason to print anyway',
  })
  season: PrintCheck['season'];

  @ApiProperty({ type: [PrintProblemView], description: 'Record by record: each producer followed by its offers, then the accommodations' })
  problems: PrintProblemView[];
}

/** The 409 of a territory's brochure while problems are left: the one error shape, and the problems. */
@ApiSchema({ name: 'PrintProblemsFoundError' })
export class PrintProblemsFoundView extends ApiError {
  @ApiProperty({ type: [PrintProblemView] })
  problems: PrintProblemView[];
}

export const printProblemView = (problem: PrintProblem, lang: PrintCheckLanguage): PrintProblemView => ({
  record: { kind: problem.record.kind, id: problem.record.id, name: problem.record.name },
  field: problem.field,
  code: problem.code,
  params: problem.params,
  why: whyItMatters(problem, lang),
  severity: problem.severity,
  fixPath: problem.fixPath,
});

export const printCheckView = (check: PrintCheck, lang: PrintCheckLanguage): PrintCheckView => ({
  territoryId: check.territoryId,
  checkedOn: check.checkedOn,
  season: check.season,
  problems: check.problems.map((problem) => printProblemView(problem, lang)),
});
