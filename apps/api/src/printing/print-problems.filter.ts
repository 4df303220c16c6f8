import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { apiErrorOf } from '#common';
import { PrintProblemsFound, printProblemView } from '#printing';
import { negotiateLanguage } from '#web';

/** The 409 of a brochure printed with problems left: the one error shape, with the problems (why each matters in the Accept-Language, fr or en). */
@Catch(PrintProblemsFound)
export class PrintProblemsFilter implements ExceptionFilter {
  catch(exception: PrintProblemsFound, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const { lang } = negotiateLanguage(undefined, undefined, http.getRequest<{ headers: Record<string, string | undefined> }>().headers['accept-language']);
    const problems = exception.check.problems.map((problem) => printProblemView(problem, lang === 'fr' ? 'fr' : 'en'));
    void http
      .getResponse<FastifyReply>()
      .status(409)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ ...apiErrorOf(exception), problems });
  }
}
