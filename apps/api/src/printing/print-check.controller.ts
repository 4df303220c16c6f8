import { Controller, Get, Headers } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#common';
import { printCheckView, PrintCheckService, PrintCheckView } from '#printing';
import { CurrentActor, negotiateLanguage } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';

/** The check of a territory's data before printing its brochures. */
@ApiErrors(401, 503)
@ApiTags('brochures')
@Controller('api/v1')
export class PrintCheckController {
  constructor(private readonly checks: PrintCheckService) {}

  @Get('territories/:id/print-check')
  @ApiOperation({
    summary: "What the territory's brochures would print wrong or leave out, record by record, with the member page where each is fixed (its coordinators)",
    description:
      'Why each problem matters is said in the Accept-Language (fr or en). While a season is open, the territory’s brochure waits for these to be fixed, or for a reason to print anyway.',
  })
  @ApiOkResponse({ type: PrintCheckView })
  @ApiErrors(403, 404)
  async check(@IdParam() id: string, @CurrentActor() actor: Actor, @Headers('accept-language') acceptLanguage: string | undefined): Promise<PrintCheckView> {
    const { lang } = negotiateLanguage(undefined, undefined, acceptLanguage);
    return printCheckView(await this.checks.check(id, actor), lang === 'fr' ? 'fr' : 'en');
  }
}
