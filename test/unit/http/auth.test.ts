import { credentialsMatch } from '../../../functions/http/auth';

const TOKEN = 'local-token-0123456789abcdef';

describe('bearer token check', () => {
  it('accepts the exact token with the Bearer scheme in any case', () => {
    // Act + Assess
    expect(credentialsMatch(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(credentialsMatch(`bearer ${TOKEN}`, TOKEN)).toBe(true);
  });

  it('accepts Basic credentials whose password is the token (a browser answering the challenge)', () => {
    // Act + Assess
    expect(credentialsMatch(`Basic ${Buffer.from(`analyst:${TOKEN}`).toString('base64')}`, TOKEN)).toBe(true);
  });

  it.each([
    ['missing header', undefined],
    ['empty header', ''],
    ['scheme only', 'Bearer '],
    ['the token as a raw Basic value', `Basic ${TOKEN}`],
    ['Basic with a wrong password', `Basic ${Buffer.from('analyst:nope-0123456789abcdef').toString('base64')}`],
    ['Basic with the token as the user name', `Basic ${Buffer.from(`${TOKEN}:`).toString('base64')}`],
    ['another scheme', `Digest ${TOKEN}`],
    ['token without scheme', TOKEN],
    ['prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['token plus a suffix', `Bearer ${TOKEN}x`],
    ['two tokens', `Bearer ${TOKEN} ${TOKEN}`],
  ])('rejects %s', (_name, header) => {
    // Act + Assess
    expect(credentialsMatch(header, TOKEN)).toBe(false);
  });
});
