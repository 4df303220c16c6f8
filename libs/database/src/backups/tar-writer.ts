import { once } from 'node:events';
import type { Writable } from 'node:stream';

const BLOCK = 512;

/** Octal field of a ustar header, NUL-terminated. */
function octal(value: number, width: number): string {
  const digits = value.toString(8);
  if (digits.length > width - 1) throw new Error(`tar: ${value} does not fit in a ${width}-byte field`);
  return `${digits.padStart(width - 1, '0')}\0`;
}

/** Splits a path over ustar's name (100 bytes) and prefix (155 bytes) fields. */
function splitName(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
    const prefix = path.slice(0, cut);
    const name = path.slice(cut + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix };
  }
  throw new Error(`tar: path too long: ${path}`);
}

export function tarHeader(path: string, entry: { type: 'file' | 'directory'; mode: number; size: number; mtime: Date }): Buffer {
  const header = Buffer.alloc(BLOCK);
  const { name, prefix } = splitName(path);
  header.write(name, 0, 100);
  header.write(octal(entry.mode & 0o7777, 8), 100);
  header.write(octal(0, 8), 108);
  header.write(octal(0, 8), 116);
  header.write(octal(entry.size, 12), 124);
  header.write(octal(Math.floor(entry.mtime.getTime() / 1000), 12), 136);
  header.write('        ', 148); // the checksum is computed with its own field as spaces
  header.write(entry.type === 'file' ? '0' : '5', 156);
  header.write('ustar\u000000', 257);
  header.write(prefix, 345, 155);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return header;
}

/**
 * Writes a POSIX ustar archive to a stream (a gzip stream, here), honouring back-pressure.
 * Only files and directories: that is all a PostgreSQL data directory holds.
 */
export class TarWriter {
  constructor(private readonly out: Writable) {}

  async directory(path: string, mode: number, mtime = new Date()): Promise<void> {
    await this.write(tarHeader(`${path.replace(/\/$/, '')}/`, { type: 'directory', mode, size: 0, mtime }));
  }

  async buffer(path: string, data: Buffer, mode = 0o600, mtime = new Date()): Promise<void> {
    await this.write(tarHeader(path, { type: 'file', mode, size: data.length, mtime }));
    await this.write(data);
    await this.pad(data.length);
  }

  /**
   * A file whose size was announced before reading: a file that grows meanwhile is cut at
   * that size and one that shrinks is padded with zeros — for a data file copied during an
   * online backup both are fine, the WAL replayed at restore rewrites those pages.
   */
  async file(path: string, size: number, mode: number, mtime: Date, chunks: AsyncIterable<Buffer>): Promise<void> {
    await this.write(tarHeader(path, { type: 'file', mode, size, mtime }));
    let written = 0;
    for await (const chunk of chunks) {
      const part = chunk.subarray(0, size - written);
      if (part.length > 0) await this.write(part);
      written += part.length;
      if (written === size) break;
    }
    if (written < size) await this.write(Buffer.alloc(size - written));
    await this.pad(size);
  }

  /** Two zero blocks end an archive. */
  async finish(): Promise<void> {
    await this.write(Buffer.alloc(2 * BLOCK));
  }

  private async pad(size: number): Promise<void> {
    const rest = size % BLOCK;
    if (rest !== 0) await this.write(Buffer.alloc(BLOCK - rest));
  }

  private async write(data: Buffer): Promise<void> {
    if (!this.out.write(data)) await once(this.out, 'drain');
  }
}
