import { describe, expect, it } from 'vitest';
import { typedHostName } from './typed-host-name.js';

describe('a site address as a coordinator types it', () => {
  it('keeps only the host name, lowercase', () => {
    expect(typedHostName(' https://www.Gatine-BonsPlans.fr/ ')).toBe('www.gatine-bonsplans.fr');
    expect(typedHostName('http://gatine.fr:8080/producteurs?x=1')).toBe('gatine.fr');
    expect(typedHostName('Gatine.FR.')).toBe('gatine.fr');
  });

  it('leaves what is no host name for the validation to name', () => {
    expect(typedHostName('mon site')).toBe('mon site');
  });
});
