import { ForbiddenException } from '@nestjs/common';
import type { Actor } from '#common';
import type { Producer, ProducersService } from '#directory';

/*
 * Which producer pages a person may open. The services decide every change; the pages only need
 * not to show a business's forms to someone who may not change it (a producer next door may read
 * its public profile, not open its pages).
 */

/** The business, for its own members and its territory's coordinators; 404 unseen, 403 seen but not theirs. */
export async function businessOf(producers: ProducersService, actor: Actor, producerId: string): Promise<Producer> {
  const producer = await producers.get(producerId, actor);
  if (!actor.ownsProducer(producer.id) && !actor.coordinates(producer.territoryId)) throw new ForbiddenException();
  return producer;
}

/** Recording uses is the producer's own act (the service refuses anyone else): only its members open those pages. */
export async function counterOf(producers: ProducersService, actor: Actor, producerId: string): Promise<Producer> {
  const producer = await producers.get(producerId, actor);
  if (!actor.ownsProducer(producer.id)) throw new ForbiddenException();
  return producer;
}
