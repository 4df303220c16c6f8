/**
 * A host name as a coordinator types or pastes it — "https://www.Gatine-BonsPlans.fr/", "gatine.fr." —
 * reduced to what the site compares: lowercase, without scheme, path, port or final dot. What is not
 * a host name at all is left for the validation to name.
 */
export function typedHostName(typed: string): string {
  const trimmed = typed.trim();
  const withoutScheme = trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const host = withoutScheme.split(/[/?#]/)[0].replace(/:\d+$/, '').replace(/\.$/, '');
  return host.toLowerCase();
}
