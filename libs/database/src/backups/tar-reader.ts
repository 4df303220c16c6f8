import { mkdir, open } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';

const BLOCK = 512;
const PIECE = 1 << 20;

/** Hands out exactly the number of bytes asked for from a stream of chunks. */
class ByteQueue {
  private chunks: Buffer[] = [];
  private length = 0;
  private readonly source: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.source = source[Symbol.asyncIterator]();
  }

  /** `size` bytes, or undefined when the stream ended before any. */
  async take(size: number): Promise<Buffer | undefined> {
    const pieces = await this.takePieces(size);
    if (pieces === undefined) return undefined;
    return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
  }

  /** `size` bytes as the pieces they arrived in (no copy), or undefined when the stream ended before any. */
  async takePieces(size: number): Promise<Buffer[] | undefined> {
    while (this.length < size) {
      const next = await this.source.next();
      if (next.done) {
        if (this.length === 0) return undefined;
        throw new Error('the archive is cut short (an incomplete copy?)');
      }
      this.chunks.push(next.value);
      this.length += next.value.length;
    }
    const pieces: Buffer[] = [];
    for (let wanted = size; wanted > 0; ) {
      const first = this.chunks[0];
      if (first.length <= wanted) {
        pieces.push(first);
        this.chunks.shift();
        wanted -= first.length;
      } else {
        pieces.push(first.subarray(0, wanted));
        this.chunks[0] = first.subarray(wanted);
        wanted = 0;
      }
    }
    this.length -= size;
    return pieces;
  }
}

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

function octalField(header: Buffer, offset: number, length: number): number {
  const text = field(header, offset, length).trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
}

function checksumMatches(header: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
  return sum === octalField(header, 148, 8);
}

/** An entry's path inside `destination`, refusing any that would land outside it. */
function safePath(destination: string, path: string): string {
  const clean = normalize(path);
  if (clean.startsWith('/') || clean === '..' || clean.startsWith('../')) throw new Error(`the archive holds an unsafe path: ${path}`);
  return join(destination, clean);
}

/**
 * Unpacks a ustar archive (files and directories only, as TarWriter writes them) into
 * `destination`, keeping each entry's mode. Returns the paths written.
 */
export async function extractTar(chunks: AsyncIterable<Buffer>, destination: string): Promise<string[]> {
  const queue = new ByteQueue(chunks);
  const paths: string[] = [];
  for (;;) {
    const header = await queue.take(BLOCK);
    if (header === undefined || header.every((byte) => byte === 0)) break;
    if (!checksumMatches(header)) throw new Error('this is not a backup archive (a tar header is damaged)');
    const prefix = field(header, 345, 155);
    const path = prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100);
    const type = field(header, 156, 1) || '0';
    const mode = octalField(header, 100, 8);
    const size = octalField(header, 124, 12);
    const target = safePath(destination, path);
    if (type === '5') {
      await mkdir(target, { recursive: true, mode });
    } else if (type === '0') {
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      const file = await open(target, 'wx', mode);
      try {
        for (let left = size; left > 0; ) {
          const piece = Math.min(left, PIECE);
          const pieces = await queue.takePieces(piece);
          if (pieces === undefined) throw new Error('the archive is cut short (an incomplete copy?)');
          await file.writev(pieces);
          left -= piece;
        }
      } finally {
        await file.close();
      }
      const rest = size % BLOCK;
      if (rest !== 0) await queue.take(BLOCK - rest);
    } else {
      throw new Error(`the archive holds an entry of a kind a backup never has (${path})`);
    }
    paths.push(path.replace(/\/$/, ''));
  }
  return paths;
}
