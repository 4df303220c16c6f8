import type { Pdf } from '../pdf/pdf-document.js';

/** One series of bars: its name (in the legend), a value per slot, and how it is painted. */
export interface BarSeries {
  name: string;
  values: number[];
  fill: string;
  /** An outline, so that a light fill still shows on white and in a grey copy. */
  stroke?: string;
}

export interface BarChart {
  labels: string[];
  series: BarSeries[];
  format: (n: number) => string;
}

const LABEL_SIZE = 8;
const LEGEND_HEIGHT = 16;

/**
 * Bars on a base line, side by side per slot when there are several series, each with its number
 * above it (so the chart reads without colour) and the slot's label below; a legend above when
 * there is more than one series. Light series are outlined: dark and light bars stay apart in grey.
 */
export function drawBarChart(pdf: Pdf, chart: BarChart, x: number, y: number, width: number, height: number): void {
  const { labels, series } = chart;
  let top = y;
  if (series.length > 1) {
    const style = { font: 'regular', size: LABEL_SIZE } as const;
    let legendX = x;
    for (const s of series) {
      swatch(pdf, s, legendX, top + 2, 10, 8);
      const nameWidth = pdf.widthOf(s.name, style);
      pdf.text(s.name, style, legendX + 14, top + 1, { width: nameWidth + 1, lineBreak: false });
      legendX += 14 + nameWidth + 18;
    }
    top += LEGEND_HEIGHT;
  }
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const slot = width / Math.max(1, labels.length);
  const group = Math.min(36 * series.length, slot * 0.8);
  const barWidth = group / series.length;
  const widest = Math.max(...series.flatMap((s) => s.values.map((v) => pdf.widthOf(chart.format(v), { font: 'bold', size: LABEL_SIZE }))));
  // the numbers shrink (not below 6.5 pt) rather than run into their neighbours
  const valueSize = Math.max(6.5, Math.min(LABEL_SIZE, (LABEL_SIZE * (barWidth + 4)) / Math.max(1, widest)));
  const plot = y + height - top - 28;
  const base = top + 12 + plot;
  pdf.doc
    .save()
    .lineWidth(0.8)
    .strokeColor('#000000')
    .moveTo(x, base)
    .lineTo(x + width, base)
    .stroke()
    .restore();
  labels.forEach((label, i) => {
    const left = x + i * slot + (slot - group) / 2;
    series.forEach((s, k) => {
      const value = s.values[i] ?? 0;
      const barHeight = (value / max) * plot;
      const barX = left + k * barWidth;
      if (barHeight > 0) swatch(pdf, s, barX + 1, base - barHeight, barWidth - 2, barHeight);
      const valueStyle = { font: k === 0 ? 'bold' : 'regular', size: valueSize } as const;
      pdf.text(chart.format(value), valueStyle, barX - 4, base - barHeight - valueSize - 3, { width: barWidth + 8, align: 'center', lineBreak: false });
    });
    pdf.text(label, { font: 'regular', size: LABEL_SIZE }, x + i * slot, base + 3, { width: slot, align: 'center', lineBreak: false });
  });
}

function swatch(pdf: Pdf, series: BarSeries, x: number, y: number, width: number, height: number): void {
  pdf.doc.save().rect(x, y, width, height).fill(series.fill).restore();
  if (series.stroke) pdf.doc.save().lineWidth(0.8).strokeColor(series.stroke).rect(x, y, width, height).stroke().restore();
}
