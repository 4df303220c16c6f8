import type { Pdf, TextStyle } from '../pdf/pdf-document.js';

export interface MapPoint {
  label: string;
  latitude: number;
  longitude: number;
  commune: string;
}

const KM_PER_DEGREE = 111.32;

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
  if (all.length === 0) return;
  const midLatitude = all.reduce((sum, p) => sum + p.latitude, 0) / all.length;
  const cos = Math.cos((midLatitude * Math.PI) / 180);
  const xs = all.map((p) => p.longitude * cos);
  const ys = all.map((p) => p.latitude);
  const pad = 18;
  const spanX = Math.max(...xs) - Math.min(...xs) || 0.01;
  const spanY = Math.max(...ys) - Math.min(...ys) || 0.01;
  const scale = Math.min((box.width - 2 * pad) / spanX, (box.height - 2 * pad - 24) / spanY);
  const offsetX = box.x + (box.width - spanX * scale) / 2;
  const offsetY = box.y + 24 + (box.height - 24 - spanY * scale) / 2;
  const [minX, maxY] = [Math.min(...xs), Math.max(...ys)];
  const project = (p: MapPoint) => ({ x: offsetX + (p.longitude * cos - minX) * scale, y: offsetY + (maxY - p.latitude) * scale });

  const doc = pdf.doc;
  doc.save().lineWidth(0.8).strokeColor('#555555').rect(box.x, box.y, box.width, box.height).stroke().restore();

  // commune names, once each, in grey under the points
  const communes = new Map<string, { x: number; y: number }>();
  for (const point of all) if (!communes.has(point.commune)) communes.set(point.commune, project(point));
  const communeStyle: TextStyle = { font: 'regular', size: 6.5, color: '#666666' };
  for (const [name, at] of communes) {
    const width = Math.min(90, pdf.widthOf(name, communeStyle));
    const x = Math.min(Math.max(at.x - width / 2, box.x + 2), box.x + box.width - width - 2);
    pdf.text(name, communeStyle, x, Math.min(at.y + 6, box.y + box.height - 10), { width, lineBreak: false, ellipsis: true });
  }

  for (const point of points) {
    const at = project(point);
    doc.save().circle(at.x, at.y, 6.5).fillAndStroke('#ffffff', '#000000').restore();
    pdf.text(point.label, { font: 'bold', size: 7 }, at.x - 6.5, at.y - 3.6, { width: 13, align: 'center', lineBreak: false });
  }
  if (home) {
    const at = project(home);
    doc
      .save()
      .rect(at.x - 5, at.y - 5, 10, 10)
      .fill('#000000')
      .restore();
    // the label on the right of the square, or on its left near the right edge (never over it)
    const label: TextStyle = { font: 'regular', size: 6.5 };
    const width = Math.min(68, pdf.widthOf(texts.youAreHere, label));
    const x = at.x + 7 + width <= box.x + box.width - 2 ? at.x + 7 : Math.max(at.x - 7 - width, box.x + 2);
    pdf.text(texts.youAreHere, label, x, at.y - 3, { width, lineBreak: false, ellipsis: true });
  }

  // scale bar: a round number of km about a quarter of the width
  const kmPerPoint = KM_PER_DEGREE / scale;
  const target = (box.width / 4) * kmPerPoint;
  const km = [0.5, 1, 2, 5, 10, 20, 50, 100].reduce((best, step) => (Math.abs(step - target) < Math.abs(best - target) ? step : best));
  const length = km / kmPerPoint;
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
  pdf.text(`${km} km`, { font: 'regular', size: 6.5 }, barX, barY - 9, { width: box.width / 2, lineBreak: false });

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
  pdf.text(texts.north, { font: 'bold', size: 7 }, nx - 5, ny + 13, { width: 10, align: 'center', lineBreak: false });
}
