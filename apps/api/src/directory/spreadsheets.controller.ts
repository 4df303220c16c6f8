import { BadRequestException, Body, Controller, Get, HttpCode, Post, Query, Res, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { ApiRefusalCode, ApiRefusalParams, type Actor } from '#common';
import { SpreadsheetExportService, SpreadsheetImportService, XLSX_TYPE, type SheetKind } from '#directory';
import { CurrentActor, sendSpreadsheet } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';
import { IdParam } from '../shared/id-param.js';

class ImportQueryDto {
  @ApiPropertyOptional({ example: 'true', enum: ['true', 'false'], description: 'true: check and report what would happen, write nothing' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({
    example: 'true',
    enum: ['true', 'false'],
    description:
      'true: a row named like a record of the territory or an earlier row (same name up to accents, capitals and punctuation, same postcode) but with another reference is another place; otherwise it is a problem to settle (similar_place)',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  allowSimilar?: 'true' | 'false';
}

class ExportQueryDto {
  @ApiPropertyOptional({
    example: 'xlsx',
    enum: ['csv', 'xlsx'],
    description:
      'csv (default), or xlsx: an Excel workbook whose cells are typed (texts such as `0042`, `+33549632715` or `24/7` stay texts in any spreadsheet application), what survives being opened and saved again',
  })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';

  @ApiPropertyOptional({
    example: 'semicolon',
    enum: ['semicolon', 'comma'],
    description: 'CSV only: semicolon (default) is what French Excel splits into columns',
  })
  @IsOptional()
  @IsIn(['semicolon', 'comma'])
  delimiter?: 'semicolon' | 'comma';
}

class ImportProblemDto {
  @ApiProperty({ type: 'integer', example: 7, description: 'Row number as the spreadsheet shows it (the header is row 1)' })
  row: number;

  @ApiProperty({ example: 'email', nullable: true, type: String, description: 'The column as named in the file; null when the problem is about the whole row' })
  column: string | null;

  @ApiProperty({ example: 'email must be an email', description: 'The problem, in English' })
  message: string;

  @ApiRefusalCode('invalid_value')
  code: string;

  @ApiRefusalParams({ rule: 'isEmail' })
  params?: Record<string, string | number>;
}

class ImportReportDto {
  @ApiProperty({ example: true })
  dryRun: boolean;

  @ApiProperty({ type: 'integer', example: 24, description: 'Records read (blank rows left out)' })
  rows: number;

  @ApiProperty({ type: 'integer', example: 20 })
  created: number;

  @ApiProperty({ type: 'integer', example: 3 })
  updated: number;

  @ApiProperty({ type: 'integer', example: 1 })
  unchanged: number;

  @ApiProperty({ type: [ImportProblemDto], description: 'Every problem of every row; a real import with problems answers 400 instead and writes nothing' })
  problems: ImportProblemDto[];

  @ApiProperty({
    type: [ImportProblemDto],
    description: 'What was left out or changed from what was typed (a column of the sheet’s own, hours written in words): said, never a reason to refuse',
  })
  warnings: ImportProblemDto[];
}

const EXPORT_FILES =
  'CSV (UTF-8 BOM, CRLF line ends; the default) or, with `format=xlsx`, an Excel workbook with typed cells, a frozen header row and sized columns';

/** What the import routes say of themselves in the API's document. */
const IMPORT_DESCRIPTION =
  'Each row is matched to a record of the territory by its id (the `id` column an export writes), else its reference, else its name and postcode; importing an export back changes nothing. Limits: 5 MB and 10,000 rows per file (the member pages check files of up to 700 KB). `dryRun=true` reports and writes nothing; a real import writes every row in one transaction, or nothing and answers 400 with every problem named `row N: column`.';

const CSV_BODY = {
  description: `The spreadsheet as an Excel workbook (Content-Type: ${XLSX_TYPE}; its first sheet is read) or as CSV (Content-Type: text/csv), told apart by the file's content: at most 5 MB and 10,000 rows. CSV in UTF-8 with or without BOM (else read as Windows-1252), or UTF-16 with its BOM (Excel's "Unicode text"); comma, semicolon or tab between fields. Header on row 1 (French or English column names, see the export). A file that is neither (an image, an .ods workbook) or is empty is a problem of row 1.`,
  schema: {
    type: 'string',
    example:
      'reference;nom;adresse;code_postal;commune;latitude;longitude;categories\r\nSIT-79-0042;Ferme du Chemin Creux;12 route de la Boissière;79200;Parthenay;46,6486;-0,2472;Miel\r\n',
  },
} as const;

/**
 * The coordinator's spreadsheets: producers and accommodations in and out as CSV or Excel workbooks. An import is
 * all or nothing: every problem of every row is reported (400, one entry per problem named
 * `row N: column`) and nothing is written, or every row is written in one transaction.
 */
@ApiErrors(401, 503)
@ApiTags('spreadsheets')
@Controller('api/v1/territories')
export class SpreadsheetsController {
  constructor(
    private readonly imports: SpreadsheetImportService,
    private readonly exports: SpreadsheetExportService,
  ) {}

  @Post(':id/imports/producers')
  @HttpCode(200)
  @ApiOperation({
    summary: "Creates or updates the territory's producers from a spreadsheet (.xlsx or CSV), matched on id, reference or name + postcode (coordinators)",
    description: IMPORT_DESCRIPTION,
  })
  @ApiConsumes(XLSX_TYPE, 'text/csv')
  @ApiBody(CSV_BODY)
  @ApiOkResponse({ type: ImportReportDto })
  @ApiErrors(400, 403, 404, 413, 415)
  importProducers(@IdParam() id: string, @Query() query: ImportQueryDto, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.import('producers', id, query, body, actor);
  }

  @Post(':id/imports/accommodations')
  @HttpCode(200)
  @ApiOperation({
    summary: "Creates or updates the territory's accommodations from a spreadsheet (.xlsx or CSV), matched on id, reference or name + postcode (coordinators)",
    description: IMPORT_DESCRIPTION,
  })
  @ApiConsumes(XLSX_TYPE, 'text/csv')
  @ApiBody(CSV_BODY)
  @ApiOkResponse({ type: ImportReportDto })
  @ApiErrors(400, 403, 404, 413, 415)
  importAccommodations(@IdParam() id: string, @Query() query: ImportQueryDto, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.import('accommodations', id, query, body, actor);
  }

  @Get(':id/exports/producers.csv')
  @ApiOperation({ summary: "The territory's producers (archived ones left out) with the columns the import reads, as CSV or .xlsx (coordinators)" })
  @ApiFileResponse(['text/csv', XLSX_TYPE], EXPORT_FILES)
  @ApiErrors(400, 403, 404)
  exportProducers(@IdParam() id: string, @Query() query: ExportQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.export('producers', id, query, actor, reply);
  }

  @Get(':id/exports/accommodations.csv')
  @ApiOperation({ summary: "The territory's accommodations (archived ones left out) with the columns the import reads, as CSV or .xlsx (coordinators)" })
  @ApiFileResponse(['text/csv', XLSX_TYPE], EXPORT_FILES)
  @ApiErrors(400, 403, 404)
  exportAccommodations(@IdParam() id: string, @Query() query: ExportQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.export('accommodations', id, query, actor, reply);
  }

  private async import(kind: SheetKind, id: string, query: ImportQueryDto, body: unknown, actor: Actor) {
    // who may import is said before what was sent is looked at
    await this.imports.assertMayImport(id, actor);
    // an empty file is the import's to tell ("the file is empty"); no body at all is a request without its file
    if (body === undefined || body === null)
      throw new BadRequestException(`Send the spreadsheet as the request body, with Content-Type: ${XLSX_TYPE} or text/csv`);
    if (!Buffer.isBuffer(body))
      throw new UnsupportedMediaTypeException(`Send the spreadsheet as an .xlsx workbook (Content-Type: ${XLSX_TYPE}) or CSV text (text/csv)`);
    return this.imports.import(kind, id, body, actor, { dryRun: query.dryRun === 'true', allowSimilar: query.allowSimilar === 'true' });
  }

  private async export(kind: SheetKind, id: string, query: ExportQueryDto, actor: Actor, reply: FastifyReply) {
    const file = await this.exports.export(kind, id, actor, { delimiter: query.delimiter === 'comma' ? ',' : ';', format: query.format });
    return sendSpreadsheet(reply, file);
  }
}
