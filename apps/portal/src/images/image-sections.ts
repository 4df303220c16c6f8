import { Injectable } from '@nestjs/common';
import { sayRefusal, type RefusalParams } from '#common';
import { IMAGE_REFUSALS, ImagesService, type PublicImage } from '#directory';
import { html, type SafeHtml } from '#web';
import type { Visit } from '../visit.js';
import { imageField } from './image-field.js';
import { IMAGES_MESSAGES } from './images.messages.js';

/** The parameters a refusal of an image may carry, as the upload's redirection writes them into the address. */
const PARAMS = ['found', 'maxMb', 'megapixels', 'maxMegapixels', 'funder'] as const;

/** What the last upload or removal of this section said, read back from the address it came back to. */
function outcome(visit: Visit, id: string, query: Record<string, unknown>): { error?: string; notice?: string } {
  if (query.image !== id) return {};
  const m = IMAGES_MESSAGES[visit.lang];
  if (query.imageDone === 'uploaded') return { notice: m.uploaded };
  if (query.imageDone === 'removed') return { notice: m.removed };
  if (typeof query.imageCode !== 'string') return {};
  const params: RefusalParams = Object.fromEntries(PARAMS.filter((name) => typeof query[name] === 'string').map((name) => [name, query[name] as string]));
  return { error: sayRefusal(IMAGE_REFUSALS[visit.lang], { code: query.imageCode, params }) };
}

/** The image sections of the member pages: the settings' logo and funders' logos, a producer's or an accommodation's photo. */
@Injectable()
export class ImageSections {
  constructor(private readonly images: ImagesService) {}

  async settings(visit: Visit, territoryId: string, query: Record<string, unknown>): Promise<SafeHtml> {
    const m = IMAGES_MESSAGES[visit.lang];
    const shown = await this.images.ofTerritory(territoryId);
    const base = `/app/images/territories/${territoryId}`;
    const field = (id: string, action: string, label: string, hint: string, image?: PublicImage) =>
      imageField(visit, { id, action, label, hint, image, back: visit.path, ...outcome(visit, id, query) });
    const funders = shown.funders.map((funder, index) =>
      field(`image-funder-${index}`, `${base}/funders/${index}/logo`, m.funderLogo(funder.name), m.funderHint, funder.logo),
    );
    return html`${field('image-logo', `${base}/logo`, m.logo, m.logoHint, shown.logo)}
${funders.length > 0 ? funders : html`<section class="card"><h2>${m.fundersTitle}</h2><p class="hint">${m.noFunders}</p></section>`}`;
  }

  async producer(visit: Visit, producer: { id: string; territoryId: string }, query: Record<string, unknown>): Promise<SafeHtml> {
    const m = IMAGES_MESSAGES[visit.lang];
    const image = (await this.images.ofTerritory(producer.territoryId)).producerPhotos.get(producer.id);
    const id = 'image-photo';
    return imageField(visit, {
      id,
      action: `/app/images/producers/${producer.id}/photo`,
      label: m.producerPhoto,
      hint: m.producerHint,
      image,
      back: visit.path,
      ...outcome(visit, id, query),
    });
  }

  async accommodation(visit: Visit, accommodation: { id: string; territoryId: string }, query: Record<string, unknown>): Promise<SafeHtml> {
    const m = IMAGES_MESSAGES[visit.lang];
    const image = (await this.images.ofTerritory(accommodation.territoryId)).accommodationPhotos.get(accommodation.id);
    const id = 'image-photo';
    const action = `/app/images/accommodations/${accommodation.id}/photo`;
    return imageField(visit, { id, action, label: m.accommodationPhoto, hint: m.accommodationHint, image, back: visit.path, ...outcome(visit, id, query) });
  }
}
