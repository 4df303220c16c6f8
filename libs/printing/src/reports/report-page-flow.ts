import type { Pdf, TextStyle } from '../pdf/pdf-document.js';

export const MARGIN = 48;
const FOOTER = 24;
const FOOTER_STYLE: TextStyle = { font: 'regular', size: 8 };

/** Pages one after the other, each with its footer; `room` says where the next thing goes. */
export class PageFlow {
  y = MARGIN;

  constructor(
    private readonly pdf: Pdf,
    private readonly footer: string,
    private readonly pageLabel: (n: number) => string,
  ) {}

  next(): number {
    this.pdf.addPage();
    const width = this.pdf.width - 2 * MARGIN;
    this.pdf.text(`${this.footer} · ${this.pageLabel(this.pdf.pageCount)}`, FOOTER_STYLE, MARGIN, this.pdf.height - MARGIN / 2 - 6, {
      width,
      align: 'right',
      lineBreak: false,
      ellipsis: true,
    });
    this.y = MARGIN;
    return this.y;
  }

  /** The lowest y content may reach on a page. */
  get bottom(): number {
    return this.pdf.height - MARGIN - FOOTER;
  }

  /** `y` when `space` fits below it, else the top of a new page. */
  room(y: number, space: number): number {
    return y + space > this.bottom ? this.next() : y;
  }
}
