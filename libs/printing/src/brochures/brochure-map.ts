import type { BaseLayers } from '#directory';
import { communeNamePoints, drawBaseLayers } from '../maps/base-layer-drawing.js';
import { placeLabels, type LabelRequest, type MarkerRequest } from '../maps/label-placement.js';
import { layOutMap, type MapBox, type MapPoint } from '../maps/map-layout.js';
import { MIN_TEXT_PT } from '../pdf/legibility.js';
import type { Pdf, TextStyle } from '../pdf/pdf-document.js';

const BADGE = 15;
const HOME = 10;
const STYLES = {
  badge: { font: 'bold', size: MIN_TEXT_PT },
  home: { font: 'bold', size: MIN_TEXT_PT },
  name: { font: 'regular', size: MIN_TEXT_PT },
  commune: { font: 'regular', size: MIN_TEXT_PT, color: '#555555' },
} satisfies Record<string, TextStyle>;

/**
 * A map drawn from coordinates and the territory's base layers when it has some (no tiles, which
 * need the internet): the layers clipped to the frame, numbered points, the accommodation as a
 * square with its label, producers' and communes' names where they fit, a scale bar and the
 * north. Markers and labels are placed by placeLabels: no two overlap, none leaves the frame, none
 * is cut; a marker whose place is taken moves aside with a leader line to a dot on its point, and a
 * name without room is left out (the marker's number leads to its entry).
 */
export function drawMap(
  pdf: Pdf,
  box: MapBox,
  points: MapPoint[],
  home: MapPoint | undefined,
  texts: { north: string; youAreHere: string },
  baseLayers?: BaseLayers,
): void {
  const all = home ? [...points, home] : points;
  const layout = layOutMap(box, all, { pad: 18, top: 24 });
  if (!layout) return;
  const { project } = layout;
  const doc = pdf.doc;
  const lineHeight = pdf.lineHeight(STYLES.name);

  if (baseLayers) drawBaseLayers(doc, box, baseLayers, ([longitude, latitude]) => project({ latitude, longitude }));
  doc.save().lineWidth(0.8).strokeColor('#555555').rect(box.x, box.y, box.width, box.height).stroke().restore();

  const scale = scaleBar(pdf, box, layout.scale);
  const north = northArrow(pdf, box, texts.north);

  const markers: MarkerRequest[] = [
    ...(home ? [{ id: 'home', at: project(home), width: HOME, height: HOME }] : []),
    ...points.map((point, i) => ({ id: `p${i}`, at: project(point), width: BADGE, height: BADGE })),
  ];
  const label = (id: string, text: string, style: TextStyle, rest: Omit<LabelRequest, 'id' | 'width' | 'height'>) => ({
    id,
    text,
    style,
    request: { id, width: pdf.widthOf(text, style), height: lineHeight, ...rest },
  });
  const communes = baseLayers
    ? communeNamePoints(baseLayers).map(({ name, at: [longitude, latitude] }) => ({ name, at: project({ latitude, longitude }) }))
    : [...layout.communes].map(([name, at]) => ({ name, at: { x: at.x, y: at.y + BADGE } }));
  const labels = [
    ...(home ? [label('home-label', texts.youAreHere, STYLES.home, { marker: 'home', required: true })] : []),
    ...points.flatMap((point, i) => (point.name ? [label(`p${i}-name`, point.name, STYLES.name, { marker: `p${i}` })] : [])),
    ...communes.map((commune, i) => label(`c${i}`, commune.name, STYLES.commune, { at: commune.at })),
  ];
  const inner = { x: box.x + 3, y: box.y + 3, width: box.width - 6, height: box.height - 6 };
  const placed = placeLabels(
    inner,
    [scale, north],
    markers,
    labels.map((l) => l.request),
  );

  // under the markers: a marker moved off its point keeps a line to a dot on it
  for (const marker of markers) {
    const at = placed.markers.get(marker.id);
    if (!at?.moved) continue;
    const centre = { x: at.box.x + at.box.width / 2, y: at.box.y + at.box.height / 2 };
    doc.save().lineWidth(0.6).strokeColor('#000000').moveTo(marker.at.x, marker.at.y).lineTo(centre.x, centre.y).stroke();
    doc.circle(marker.at.x, marker.at.y, 1.5).fill('#000000').restore();
  }
  for (const each of labels) {
    const at = placed.labels.get(each.id);
    if (!at) continue;
    // a veil of white under the text: legible over the base layers' lines
    doc
      .save()
      .fillOpacity(0.8)
      .rect(at.x - 1, at.y, at.width + 2, at.height)
      .fill('#ffffff')
      .restore();
    pdf.text(each.text, each.style, at.x, at.y, { width: at.width + 1, lineBreak: false });
  }
  points.forEach((point, i) => {
    const at = placed.markers.get(`p${i}`)!.box;
    const [x, y] = [at.x + BADGE / 2, at.y + BADGE / 2];
    doc
      .save()
      .lineWidth(1)
      .circle(x, y, BADGE / 2)
      .fillAndStroke('#ffffff', '#000000')
      .restore();
    pdf.text(point.label, STYLES.badge, x - BADGE / 2, y - 4.7, { width: BADGE, align: 'center', lineBreak: false });
  });
  const square = placed.markers.get('home')?.box;
  if (square) doc.save().rect(square.x, square.y, HOME, HOME).fill('#000000').restore();
}

/** A scale bar of a round number of km in the bottom left corner; answers the box it takes. */
function scaleBar(pdf: Pdf, box: MapBox, { km, length }: { km: number; length: number }): MapBox {
  const [x, y] = [box.x + 10, box.y + box.height - 12];
  pdf.doc
    .save()
    .lineWidth(1.5)
    .strokeColor('#000000')
    .moveTo(x, y)
    .lineTo(x + length, y)
    .stroke()
    .restore();
  const text = `${km} km`;
  pdf.text(text, { font: 'regular', size: MIN_TEXT_PT }, x, y - 11, { width: box.width / 2, lineBreak: false });
  return { x, y: y - 11, width: Math.max(length, pdf.widthOf(text, { font: 'regular', size: MIN_TEXT_PT })), height: 13 };
}

/** The north arrow in the top right corner; answers the box it takes. */
function northArrow(pdf: Pdf, box: MapBox, north: string): MapBox {
  const [x, y] = [box.x + box.width - 16, box.y + 8];
  pdf.doc
    .save()
    .moveTo(x, y)
    .lineTo(x - 4, y + 12)
    .lineTo(x + 4, y + 12)
    .closePath()
    .fill('#000000')
    .restore();
  pdf.text(north, { font: 'bold', size: MIN_TEXT_PT }, x - 6, y + 13, { width: 12, align: 'center', lineBreak: false });
  return { x: x - 6, y, width: 12, height: 13 + pdf.lineHeight({ font: 'bold', size: MIN_TEXT_PT }) };
}
