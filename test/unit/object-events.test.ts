import fc from 'fast-check';
import {
  articleIdFor,
  compareSequencers,
  decodeS3Key,
  encodeS3Key,
  outletFor,
  padSequencer,
} from '../../shared/object-events';

describe('S3 object event rules', () => {
  it('orders sequencers of different lengths as S3 prescribes (right-pad, then compare)', () => {
    // Prepare: S3 documents that a longer sequencer may be the later one only after padding.
    const earlier = '0055AED6DCD90281E5';
    const later = '0055AED6DCD90281E6';
    // Act + Assess
    expect(compareSequencers(earlier, later)).toBeLessThan(0);
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E500')).toBe(0);
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E501')).toBeLessThan(0);
  });

  it('agrees with a big-integer oracle on generated sequencer pairs', () => {
    const hex = fc.stringMatching(/^[0-9A-F]{1,20}$/);
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const oracle = (s: string) => BigInt(`0x${s.padEnd(32, '0')}`);
        const expected = oracle(a) < oracle(b) ? -1 : oracle(a) > oracle(b) ? 1 : 0;
        return Math.sign(compareSequencers(a, b)) === expected;
      }),
      { seed: 20151126, numRuns: 10_000 },
    );
  });

  it('rejects values that are not sequencers', () => {
    expect(() => padSequencer('not-hex')).toThrow(/sequencer/);
  });

  it('decodes keys as S3 encodes them: space as +, literal + as %2B, Arabic percent-encoded', () => {
    expect(decodeS3Key('rt-arabic/%D8%A8%D9%88%D8%AA%D9%8A%D9%86+2015%2B1.txt')).toBe('rt-arabic/بوتين 2015+1.txt');
  });

  it('round-trips generated keys with Arabic, spaces and plus signs', () => {
    const char = fc.constantFrom(...'ab/ +-_.=بوتينسورية٢٦'.split(''));
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 40 }), (chars) => {
        const key = chars.join('');
        return decodeS3Key(encodeS3Key(key)) === key;
      }),
      { seed: 7, numRuns: 10_000 },
    );
  });

  it('derives the same article id for the same bucket and key, and a different one otherwise', () => {
    expect(articleIdFor('b', 'elaph/1.txt')).toBe(articleIdFor('b', 'elaph/1.txt'));
    expect(articleIdFor('b', 'elaph/1.txt')).not.toBe(articleIdFor('b', 'elaph/2.txt'));
    expect(articleIdFor('b', 'elaph/1.txt')).toMatch(/^[0-9a-f]{24}$/);
  });

  it('takes the outlet from metadata, else from the first key segment', () => {
    expect(outletFor('rt-arabic/2015-11-26.txt', undefined)).toBe('rt-arabic');
    expect(outletFor('rt-arabic/2015-11-26.txt', 'Elaph')).toBe('elaph');
    expect(outletFor('loose-file.txt', undefined)).toBe('unknown');
    expect(outletFor('bad outlet!/x.txt', undefined)).toBe('unknown');
  });
});
