import { bearerMatches } from '../../../functions/http/auth';

const TOKEN = 'local-token-0123456789abcdef';

describe('bearer token check', () => {
  it('accepts the exact token with the Bearer scheme in any case', () => {
    // Act + Assess
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
  });

  it.each([
    ['missing header', undefined],
    ['empty header', ''],
    ['scheme only', 'Bearer '],
    ['another scheme', `Basic ${TOKEN}`],
    ['token without scheme', TOKEN],
    ['prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['token plus a suffix', `Bearer ${TOKEN}x`],
    ['two tokens', `Bearer ${TOKEN} ${TOKEN}`],
  ])('rejects %s', (_name, header) => {
    // Act + Assess
    expect(bearerMatches(header, TOKEN)).toBe(false);
  });
});
