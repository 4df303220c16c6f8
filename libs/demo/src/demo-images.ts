import type Sharp from 'sharp';
import { Actor, onFirstUse } from '#common';
import { ImagesService, type ImageTarget } from '#directory';

/**
 * The demo's pictures, drawn here as SVG and turned into PNG by sharp: no binary file in the
 * repository, nothing fetched. Shapes only (no text), so that they look the same whatever fonts
 * the machine has.
 */
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
<circle cx="300" cy="300" r="290" fill="#2f6b3a"/>
<circle cx="390" cy="210" r="70" fill="#e8b23a"/>
<path d="M30 380 Q170 250 300 360 T570 340 L570 420 Q300 600 30 420 Z" fill="#8fbf5a"/>
<path d="M60 450 Q250 360 540 440 Q420 570 300 590 Q150 570 60 450 Z" fill="#4e8f3a"/>
<path d="M250 330 l40 -55 l40 55 Z M262 330 h56 v40 h-56 Z" fill="#f4efe2"/>
</svg>`;

const REGION = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320" viewBox="0 0 640 320">
<rect x="10" y="10" width="300" height="300" rx="40" fill="#0b5fa5"/>
<path d="M60 250 L160 70 L260 250 Z" fill="#f2c230"/>
<rect x="340" y="60" width="280" height="40" rx="8" fill="#0b5fa5"/>
<rect x="340" y="140" width="220" height="40" rx="8" fill="#0b5fa5" opacity=".7"/>
<rect x="340" y="220" width="250" height="40" rx="8" fill="#0b5fa5" opacity=".45"/>
</svg>`;

const stars = Array.from({ length: 12 }, (_, i) => {
  const angle = (i * Math.PI) / 6;
  return `<circle cx="${(160 + 90 * Math.cos(angle)).toFixed(1)}" cy="${(160 + 90 * Math.sin(angle)).toFixed(1)}" r="14" fill="#ffdd00"/>`;
}).join('');
const LEADER = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320" viewBox="0 0 640 320">
<rect x="10" y="10" width="300" height="300" fill="#003399"/>${stars}
<path d="M350 260 Q420 90 500 200 T630 120 L630 300 L350 300 Z" fill="#5a9a3c"/>
</svg>`;

/** A farm scene: sky, sun, fields in the producer's colours, a barn. */
const scene = (
  sky: string,
  field: string,
  furrows: string,
  barn: string,
) => `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#fdf6e3"/></linearGradient></defs>
<rect width="1200" height="800" fill="url(#sky)"/>
<circle cx="950" cy="170" r="80" fill="#f7d26a"/>
<path d="M0 460 Q300 360 600 440 T1200 420 V800 H0 Z" fill="${field}"/>
${Array.from({ length: 7 }, (_, i) => `<path d="M${i * 200 - 100} 800 Q${i * 160 + 150} 560 ${i * 120 + 380} 470" stroke="${furrows}" stroke-width="14" fill="none" opacity=".5"/>`).join('')}
<path d="M720 470 L820 380 L920 470 Z" fill="#7a2e1f"/><rect x="740" y="470" width="160" height="120" fill="${barn}"/><rect x="800" y="520" width="40" height="70" fill="#3b2a1a"/>
<path d="M0 520 Q200 480 420 540 T820 560 Q600 640 0 620 Z" fill="#3f7a34" opacity=".6"/>
</svg>`;

const PHOTOS = [
  scene('#8ec5e8', '#9cc65b', '#6b8e2f', '#c9a66b'),
  scene('#f2b880', '#e3c14d', '#b08a1e', '#a0522d'),
  scene('#a3c9e2', '#7fae4e', '#4f7a2a', '#d9c7a0'),
  scene('#c5d8e8', '#b5c98a', '#7e9456', '#b7410e'),
];

/** sharp is loaded when the demo is, not in every process that starts (docs/pagespeed.md). */
const sharp = onFirstUse<typeof Sharp>('sharp');

// the drawing's PNG is only a step before the upload's own encoding: no time spent compressing it
const png = (svg: string) => sharp()(Buffer.from(svg)).png({ compressionLevel: 0 }).toBuffer();

/** The territory's logo, its two funders' logos and photos of its first producers, uploaded as a coordinator would. */
export async function seedDemoImages(images: ImagesService, territoryId: string, funders: readonly string[], producerIds: readonly string[]): Promise<void> {
  const system = Actor.system();
  const put = async (target: ImageTarget, svg: string) => images.upload(await images.subjectFor(target, system, 'change'), await png(svg), system);
  await put({ purpose: 'territory_logo', territoryId }, LOGO);
  await put({ purpose: 'funder_logo', territoryId, funder: funders[0] }, REGION);
  await put({ purpose: 'funder_logo', territoryId, funder: funders[1] }, LEADER);
  for (const [i, producerId] of producerIds.slice(0, PHOTOS.length).entries()) await put({ purpose: 'producer_photo', producerId }, PHOTOS[i]);
}
