import { layOutMap, type MapPoint } from '../maps/map-layout.js';
import { MIN_TEXT_PT } from '../pdf/legibility.js';
import type { Pdf, TextStyle } from '../pdf/pdf-document.js';

/**
 * A map drawn from coordinates alone (no tiles, which need the internet): numbered points,
 * the accommodation as a square, commune names, a scale bar and the north.
 */
export function drawMap(
  pdf: Pdf,
  box: { x: number; y: number; width: number; height: number },
  points: MapPoint[],
  home: MapPoint | undefined,
  texts: { north: string; youAreHere: string },
): void {
  const all = home ? [...points, home] : points;
  const layout = layOutMap(box, all, { pad: 18, top: 24 });
  if (!layout) return;
  const { project } = layout;

  const doc = pdf.doc;
  doc.save().lineWidth(0.8).strokeColor('#555555').rect(box.x, box.y, box.width, box.height).stroke().restore();

  // commune names, once each, in grey under the points
  const communeStyle: TextStyle = { font: 'regular', size: MIN_TEXT_PT, color: '#555555' };
  for (const [name, at] of layout.communes) {
    const width = Math.min(90, pdf.widthOf(name, communeStyle));
    const x = Math.min(Math.max(at.x - width / 2, box.x + 2), box.x + box.width - width - 2);
    pdf.text(name, communeStyle, x, Math.min(at.y + 6, box.y + box.height - 10), { width, lineBreak: false, ellipsis: true });
  }

  for (const point of points) {
    const at = project(point);
    doc.save().circle(at.x, at.y, 7.5).fillAndStroke('#ffffff', '#000000').restore();
    pdf.text(point.label, { font: 'bold', size: MIN_TEXT_PT }, at.x - 7.5, at.y - 4.7, { width: 15, align: 'center', lineBreak: false });
  }
  if (home) {
    const at = project(home);
    doc
      .save()
      .rect(at.x - 5, at.y - 5, 10, 10)
      .fill('#000000')
      .restore();
    // the label on the right of the square, or on its left near the right edge (never over it)
    const label: TextStyle = { font: 'regular', size: MIN_TEXT_PT };
    const width = Math.min(110, pdf.widthOf(texts.youAreHere, label));
    const x = at.x + 7 + width <= box.x + box.width - 2 ? at.x + 7 : Math.max(at.x - 7 - width, box.x + 2);
    pdf.text(texts.youAreHere, label, x, at.y - 3, { width, lineBreak: false, ellipsis: true });
  }

  // scale bar
  const { km, length } = layout.scale;
  const barX = box.x + 10;
  const barY = box.y + box.height - 12;
  doc
    .save()
    .lineWidth(1.5)
    .strokeColor('#000000')
    .moveTo(barX, barY)
    .lineTo(barX + length, barY)
    .stroke()
    .restore();
  pdf.text(`${km} km`, { font: 'regular', size: MIN_TEXT_PT }, barX, barY - 11, { width: box.width / 2, lineBreak: false });

  // north arrow
  const nx = box.x + box.width - 16;
  const ny = box.y + 8;
  doc
    .save()
    .moveTo(nx, ny)
    .lineTo(nx - 4, ny + 12)
    .lineTo(nx + 4, ny + 12)
    .closePath()
    .fill('#000000')
    .restore();
  pdf.text(texts.north, { font: 'bold', size: MIN_TEXT_PT }, nx - 6, ny + 13, { width: 12, align: 'center', lineBreak: false });
}
