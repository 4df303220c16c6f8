// fontkit ships no types; pdfkit needs only an opaque font object from it.
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): object;
}
