import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { extractTar } from './tar-reader.js';
import { tarHeader, TarWriter } from './tar-writer.js';

/** A file's content as a stream gives it, part after part. */
const chunks = (...parts: string[]): AsyncIterable<Buffer> => Readable.from(parts.map((part) => Buffer.from(part)));

/** The archive as the reader would get it from gunzip: in uneven pieces. */
function inPieces(archive: Buffer, size: number): AsyncIterable<Buffer> {
  const pieces: Buffer[] = [];
  for (let at = 0; at < archive.length; at += size) pieces.push(archive.subarray(at, at + size));
  return Readable.from(pieces);
}

async function archiveOf(write: (tar: TarWriter) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (part: Buffer) => parts.push(part));
  const tar = new TarWriter(out);
  await write(tar);
  await tar.finish();
  return Buffer.concat(parts);
}

describe('the tar archive of a backup', () => {
  let folder: string | undefined;
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('gives back the folders, files and modes it was given, long paths included, whatever the pieces it is read in', async () => {
    const deep = `pg/${'base/'.repeat(25)}16384`;
    const archive = await archiveOf(async (tar) => {
      await tar.directory('pg', 0o700);
      await tar.buffer('pg/PG_VERSION', Buffer.from('18\n'));
      await tar.file(deep, 1000, 0o600, new Date(), chunks('x'.repeat(600), 'y'.repeat(400)));
    });
    expect(archive.length % 512).toBe(0);
    folder = await mkdtemp(join(tmpdir(), 'terroir-tar-'));
    expect(await extractTar(inPieces(archive, 777), folder)).toEqual(['pg', 'pg/PG_VERSION', deep]);
    expect(await readFile(join(folder, 'pg/PG_VERSION'), 'utf8')).toBe('18\n');
    expect(await readFile(join(folder, deep), 'utf8')).toBe(`${'x'.repeat(600)}${'y'.repeat(400)}`);
    expect((await stat(join(folder, 'pg'))).mode & 0o777).toBe(0o700);
    expect((await stat(join(folder, deep))).mode & 0o777).toBe(0o600);
  });

  it('keeps a file copied while it changes at the size announced: cut when it grew, padded with zeros when it shrank', async () => {
    const archive = await archiveOf(async (tar) => {
      await tar.file('grew', 4, 0o600, new Date(), chunks('abcdef'));
      await tar.file('shrank', 4, 0o600, new Date(), chunks('ab'));
    });
    folder = await mkdtemp(join(tmpdir(), 'terroir-tar-'));
    await extractTar(inPieces(archive, 512), folder);
    expect(await readFile(join(folder, 'grew'), 'utf8')).toBe('abcd');
    expect(await readFile(join(folder, 'shrank'))).toEqual(Buffer.from([0x61, 0x62, 0, 0]));
  });

  it('refuses an entry that would land outside the folder, and a damaged or cut archive', async () => {
    folder = await mkdtemp(join(tmpdir(), 'terroir-tar-'));
    const escaping = Buffer.concat([tarHeader('../outside', { type: 'file', mode: 0o600, size: 0, mtime: new Date() }), Buffer.alloc(1024)]);
    await expect(extractTar(inPieces(escaping, 512), folder)).rejects.toThrow(/unsafe path/);

    const good = await archiveOf((tar) => tar.buffer('a', Buffer.from('hello')));
    const damaged = Buffer.from(good);
    damaged[10] ^= 0xff;
    await expect(extractTar(inPieces(damaged, 512), join(folder, 'd'))).rejects.toThrow(/damaged/);
    await expect(extractTar(inPieces(good.subarray(0, 600), 512), join(folder, 'c'))).rejects.toThrow(/cut short/);
  });
});
