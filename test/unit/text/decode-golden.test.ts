/**
 * Golden byte -> code point tables for the two legacy Arabic code pages decode.ts reads with the platform's
 * TextDecoder. Source: the Unicode mapping files (MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1256.TXT and
 * MAPPINGS/ISO8859/8859-6.TXT) as CPython's gencodec turned them into encodings/cp1256.py and iso8859_6.py.
 * Node's windows-1252 decoder once regressed silently (nodejs/node#60888); these tables make such a
 * regression in our two code pages fail here instead of corrupting articles. Bytes 0x00-0x7F are ASCII.
 */
import { decodeArticle } from '../../../shared/text/decode';

// 0x80..0xFF, 16 per row; '----' = unassigned (must never decode to a letter).
const WINDOWS_1256 = `
20AC 067E 201A 0192 201E 2026 2020 2021 02C6 2030 0679 2039 0152 0686 0698 0688
06AF 2018 2019 201C 201D 2022 2013 2014 06A9 2122 0691 203A 0153 200C 200D 06BA
00A0 060C 00A2 00A3 00A4 00A5 00A6 00A7 00A8 00A9 06BE 00AB 00AC 00AD 00AE 00AF
00B0 00B1 00B2 00B3 00B4 00B5 00B6 00B7 00B8 00B9 061B 00BB 00BC 00BD 00BE 061F
06C1 0621 0622 0623 0624 0625 0626 0627 0628 0629 062A 062B 062C 062D 062E 062F
0630 0631 0632 0633 0634 0635 0636 00D7 0637 0638 0639 063A 0640 0641 0642 0643
00E0 0644 00E2 0645 0646 0647 0648 00E7 00E8 00E9 00EA 00EB 0649 064A 00EE 00EF
064B 064C 064D 064E 00F4 064F 0650 00F7 0651 00F9 0652 00FB 00FC 200E 200F 06D2`;

const ISO_8859_6 = `
0080 0081 0082 0083 0084 0085 0086 0087 0088 0089 008A 008B 008C 008D 008E 008F
0090 0091 0092 0093 0094 0095 0096 0097 0098 0099 009A 009B 009C 009D 009E 009F
00A0 ---- ---- ---- 00A4 ---- ---- ---- ---- ---- ---- ---- 060C 00AD ---- ----
---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- 061B ---- ---- ---- 061F
---- 0621 0622 0623 0624 0625 0626 0627 0628 0629 062A 062B 062C 062D 062E 062F
0630 0631 0632 0633 0634 0635 0636 0637 0638 0639 063A ---- ---- ---- ---- ----
0640 0641 0642 0643 0644 0645 0646 0647 0648 0649 064A 064B 064C 064D 064E 064F
0650 0651 0652 ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ----`;

/** Code point per byte (null = unassigned), ASCII below 0x80. */
function table(high: string): Array<number | null> {
  const cells = high.trim().split(/\s+/);
  expect(cells).toHaveLength(128);
  return [...Array.from({ length: 128 }, (_, b) => b), ...cells.map((c) => (c === '----' ? null : Number.parseInt(c, 16)))];
}

describe.each([
  ['windows-1256', table(WINDOWS_1256)],
  ['iso-8859-6', table(ISO_8859_6)],
] as const)('%s decoder of this Node', (encoding, golden) => {
  it('maps every byte to the code point of the Unicode mapping table, and unassigned bytes to U+FFFD', () => {
    // Prepare
    const decoder = new TextDecoder(encoding);
    // Act
    const decoded = Array.from({ length: 256 }, (_, b) => decoder.decode(Uint8Array.of(b)).codePointAt(0));
    // Assess
    expect(decoded).toEqual(golden.map((cp) => cp ?? 0xfffd));
  });
});

describe('decodeArticle with legacy code pages', () => {
  it('reads a team-written sentence encoded in each code page back to the same text', () => {
    // Prepare: encode by inverting the golden tables, so the expectation does not come from the decoder under test.
    const sentence = 'قال الوزير إن الاتفاق يضمن حصة عادلة من مياه النهر للبلدين، ولن يخضع لأي تفاوض جديد؛ هل هذا نهائي؟';
    for (const [encoding, golden] of [
      ['windows-1256', table(WINDOWS_1256)],
      ['iso-8859-6', table(ISO_8859_6)],
    ] as const) {
      const byCodePoint = new Map(golden.flatMap((cp, b) => (cp === null ? [] : [[cp, b] as const])));
      const bytes = Uint8Array.from([...sentence].map((ch) => byCodePoint.get(ch.codePointAt(0) as number) as number));
      // Act
      const decoded = decodeArticle(bytes, `text/plain; charset=${encoding}`);
      // Assess
      expect(decoded).toEqual({ text: sentence, encoding });
    }
  });
});
