import { NotFoundException } from '@nestjs/common';
import type { Actor } from '#common';
import { SHORT_CODE_PATTERN, type Accommodation, type AccommodationsService } from '#directory';
import type { PassesService, PassView } from '#passes';

/**
 * A pass, on the pages of those who may see its accommodation (its host, the territory's
 * coordinators): to anyone else it does not exist (404), whatever its code.
 */
export async function passOf(
  passes: PassesService,
  accommodations: AccommodationsService,
  actor: Actor,
  code: string,
): Promise<{ pass: PassView; accommodation: Accommodation }> {
  if (!SHORT_CODE_PATTERN.test(code)) throw new NotFoundException();
  const pass = await passes.view(code);
  const accommodation = await accommodations.get(pass.accommodationId, actor);
  return { pass, accommodation };
}
