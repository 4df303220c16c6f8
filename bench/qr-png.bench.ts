/**
 * QR codes as PNG: the 1-bit encoder on the platform's zlib (what the API serves) against the
 * qrcode package's own RGBA PNG output (what it served before), for the same texts and sizes, in
 * one run. Prints the median time per image and the ratio.
 *
 *   npm run bench:qr
 */
import { performance } from 'node:perf_hooks';
import QRCode from 'qrcode';
import { qrPng } from '#printing';
import { median } from './support.js';

const RUNS = 200;
const SIZES = [256, 512, 1024];

async function timed(run: (i: number) => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  return median(times);
}

for (const size of SIZES) {
  const text = (i: number) => `https://terroir.example/v/k7m2p9q${i % 10}?qr=1`;
  const baseline = await timed((i) => QRCode.toBuffer(text(i), { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: size }));
  const ours = await timed((i) => qrPng(text(i), { size, margin: 4 }));
  const bytes = [qrPng(text(0), { size, margin: 4 }).length, (await QRCode.toBuffer(text(0), { type: 'png', margin: 4, width: size })).length];
  console.log(
    `${size} px: ${ours.toFixed(2)} ms (${bytes[0]} bytes) against qrcode's PNG ${baseline.toFixed(2)} ms (${bytes[1]} bytes): ${(baseline / ours).toFixed(1)}× faster`,
  );
}
