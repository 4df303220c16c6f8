/** A Set-Cookie header's name=value and its attributes, whatever order they come in. */
export function cookieParts(setCookie: string | undefined): { pair: string | undefined; attributes: string[] } {
  const [pair, ...attributes] = (setCookie ?? '').split('; ');
  return { pair, attributes: attributes.sort() };
}
