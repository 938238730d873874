import { CursorCodec } from '../../../shared/adapters/cursor';
import { decodeSignature, encodeSignature, speakerMatchKey } from '../../../shared/adapters/layout';
import { BadRequestError, ConfigError } from '../../../shared/errors';

describe('signature encoding', () => {
  it('round-trips uint32, int32 and non-integer lanes exactly, 4 bytes a lane when they are 32-bit', () => {
    const unsigned = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff];
    const signed = [-1, -0x80000000, 0x7fffffff, 0];
    const other = [0.5, -3, 2 ** 40];
    for (const lanes of [unsigned, signed, other, []]) expect(decodeSignature(encodeSignature(lanes))).toEqual(lanes);
    expect(encodeSignature(new Array(128).fill(0xdeadbeef)).byteLength).toBe(513);
  });

  it('refuses bytes that are not a signature', () => {
    expect(() => decodeSignature(Uint8Array.of(9, 0, 0, 0, 0))).toThrow('Corrupt');
    expect(() => decodeSignature(Uint8Array.of(1, 0, 0))).toThrow('Corrupt');
  });
});

describe('speakerMatchKey', () => {
  it('folds harakat, hamza forms, ta marbuta, case and spacing', () => {
    expect(speakerMatchKey('  أحمدُ   سالمة ')).toBe(speakerMatchKey('احمد سالمه'));
    expect(speakerMatchKey('Éric  Dupont')).toBe('eric dupont');
  });
});

describe('CursorCodec', () => {
  it('needs a secret of at least 16 characters', () => {
    expect(() => new CursorCodec('short')).toThrow(ConfigError);
  });

  it('accepts its own cursor for the same scope only, and nothing signed with another secret', () => {
    const codec = new CursorCodec('first-secret-0123456789');
    const cursor = codec.encode('feed|ARTICLES', { pk: 'ART#x', sk: 'A', fpk: 'ARTICLES', fsk: 't#x' });
    expect(codec.decode('feed|ARTICLES', cursor, ['pk', 'sk', 'fpk', 'fsk'])).toEqual({ pk: 'ART#x', sk: 'A', fpk: 'ARTICLES', fsk: 't#x' });
    expect(() => codec.decode('feed|FIND#*', cursor, ['pk', 'sk', 'fpk', 'fsk'])).toThrow(BadRequestError);
    expect(() => codec.decode('feed|ARTICLES', cursor, ['pk', 'sk', 'opk', 'osk'])).toThrow(BadRequestError);
    expect(() => new CursorCodec('other-secret-0123456789').decode('feed|ARTICLES', cursor, ['pk', 'sk', 'fpk', 'fsk'])).toThrow(
      BadRequestError,
    );
    expect(() => codec.decode('feed|ARTICLES', `${cursor}x`.repeat(300), ['pk'])).toThrow(BadRequestError);
  });
});
