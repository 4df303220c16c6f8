import type { BaseLayerFeature, BaseLayers, Position } from '#directory';
import type { MapBox } from './map-layout.js';

type Project = (position: Position) => { x: number; y: number };
type Doc = PDFKit.PDFDocument;

/**
 * How each layer is drawn, legible in black and white too: commune outlines thin, light and
 * dashed (as boundaries are on maps); rivers in light blue, a mid grey on a grey copy, solid;
 * main roads darker and heavier than both.
 */
const STYLES = {
  commune: { width: 0.5, colour: '#9a9a9a', dash: [3, 2] },
  river: { width: 1.1, colour: '#5b8fc7', dash: undefined },
  road: { width: 1.4, colour: '#6e6e6e', dash: undefined },
} as const;

/** Lines of a feature: a commune's rings, a road's or river's lines. */
const linesOf = (feature: BaseLayerFeature): Position[][] =>
  feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates.flat(1) : feature.geometry.coordinates;

/**
 * The base layers under a map's points, clipped to its frame: communes, then rivers, then roads
 * on top. Lines wholly outside the frame are left out of the file.
 */
export function drawBaseLayers(doc: Doc, frame: MapBox, layers: BaseLayers, project: Project): void {
  doc.save().rect(frame.x, frame.y, frame.width, frame.height).clip();
  for (const layer of ['commune', 'river', 'road'] as const) {
    const style = STYLES[layer];
    let drawn = false;
    for (const feature of layers.features) {
      if (feature.properties.layer !== layer) continue;
      for (const line of linesOf(feature)) {
        const points = line.map(project);
        if (!crosses(points, frame)) continue;
        doc.moveTo(points[0].x, points[0].y);
        for (const point of points.slice(1)) doc.lineTo(point.x, point.y);
        drawn = true;
      }
    }
    if (!drawn) continue;
    doc.lineWidth(style.width).lineJoin('round').lineCap('round');
    if (style.dash) doc.dash(style.dash[0], { space: style.dash[1] });
    else doc.undash();
    doc.stroke(style.colour);
  }
  doc.undash().restore();
}

function crosses(points: { x: number; y: number }[], frame: MapBox): boolean {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return Math.max(...xs) >= frame.x && Math.min(...xs) <= frame.x + frame.width && Math.max(...ys) >= frame.y && Math.min(...ys) <= frame.y + frame.height;
}

/** Where each named commune's name goes: inside its largest outline, near its centre. */
export function communeNamePoints(layers: BaseLayers): { name: string; at: Position }[] {
  const found: { name: string; at: Position }[] = [];
  for (const feature of layers.features) {
    if (feature.geometry.type !== 'MultiPolygon' || !feature.properties.name) continue;
    const outers = feature.geometry.coordinates.map((polygon) => polygon[0]);
    const largest = outers.reduce((a, b) => (Math.abs(area(b)) > Math.abs(area(a)) ? b : a));
    found.push({ name: feature.properties.name, at: pointInside(largest) });
  }
  return found;
}

function area(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

/**
 * A point well inside a ring: the middle of the widest stretch of the horizontal line through
 * its centroid (the centroid itself can fall outside a crescent-shaped commune).
 */
function pointInside(ring: Position[]): Position {
  let [cx, cy, sum] = [0, 0, 0];
  for (let i = 0; i < ring.length - 1; i++) {
    const cross = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    [cx, cy, sum] = [cx + (ring[i][0] + ring[i + 1][0]) * cross, cy + (ring[i][1] + ring[i + 1][1]) * cross, sum + cross];
  }
  if (sum === 0) return ring[0];
  const y = cy / (3 * sum);
  const crossings: number[] = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const [[x1, y1], [x2, y2]] = [ring[i], ring[i + 1]];
    if (y1 <= y !== y2 <= y) crossings.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
  }
  crossings.sort((a, b) => a - b);
  let best: Position = [cx / (3 * sum), y];
  let widest = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    if (crossings[i + 1] - crossings[i] > widest) [best, widest] = [[(crossings[i] + crossings[i + 1]) / 2, y], crossings[i + 1] - crossings[i]];
  }
  return best;
}
