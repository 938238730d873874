import * as iconv from 'iconv-lite';
import { charsetOf, decodeArticle } from '../../../shared/text/decode';
import { rejection } from '../../helpers/rejection';

const SENTENCE = 'قال الوزير إن «الاتفاق صامد» رغم الخلافات.';


describe('decodeArticle', () => {
  it('decodes strict UTF-8 and reports it', () => {
    // Prepare
    const bytes = new TextEncoder().encode(SENTENCE);
    // Act
    const decoded = decodeArticle(bytes);
    // Assess
    expect(decoded).toEqual({ text: SENTENCE, encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SENTENCE)]);
    expect(decodeArticle(bytes)).toEqual({ text: SENTENCE, encoding: 'utf-8' });
  });

  it('sniffs UTF-16LE and UTF-16BE byte order marks', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeArticle(le)).toEqual({ text: SENTENCE, encoding: 'utf-16le' });
    expect(decodeArticle(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: SENTENCE, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM instead of calling its NUL bytes binary', () => {
    expect(decodeArticle(Buffer.from(SENTENCE, 'utf16le')).encoding).toBe('utf-16le');
  });

  it('falls back to Windows-1256 for legacy Arabic bytes', () => {
    // Prepare: bytes a newsroom system would write in the Windows Arabic code page.
    const bytes = iconv.encode(SENTENCE, 'windows-1256');
    // Act
    const decoded = decodeArticle(bytes);
    // Assess
    expect(decoded).toEqual({ text: SENTENCE, encoding: 'windows-1256' });
  });

  it('prefers ISO-8859-6 when the bytes are ISO-8859-6 Arabic', () => {
    const text = 'قال الوزير ان الاتفاق صامد رغم الخلافات';
    const decoded = decodeArticle(iconv.encode(text, 'iso-8859-6'));
    expect(decoded).toEqual({ text, encoding: 'iso-8859-6' });
  });

  it('honours a charset in the Content-Type', () => {
    const text = 'الاتفاق صامد';
    expect(decodeArticle(iconv.encode(text, 'windows-1256'), 'text/plain; charset=windows-1256').encoding).toBe('windows-1256');
    expect(charsetOf('text/html; charset="ISO-8859-6"')).toBe('iso-8859-6');
    expect(charsetOf('text/plain; charset=klingon')).toBeNull();
  });

  it('ignores a declared charset that does not fit the bytes', () => {
    const bytes = iconv.encode('الاتفاق صامد', 'windows-1256');
    expect(decodeArticle(bytes, 'text/plain; charset=utf-8').encoding).toBe('windows-1256');
  });

  it('never produces U+FFFD', () => {
    const bytes = new TextEncoder().encode('نص \uFFFD سليم');
    expect(decodeArticle(bytes).text).not.toContain('\uFFFD');
    expect(decodeArticle(iconv.encode(SENTENCE, 'windows-1256')).text).not.toContain('\uFFFD');
  });

  it('rejects empty and whitespace-only articles as empty', () => {
    expect(rejection(() => decodeArticle(new Uint8Array()))).toBe('empty');
    expect(rejection(() => decodeArticle(new TextEncoder().encode(' \n\t\u00A0 ')))).toBe('empty');
    expect(rejection(() => decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x20])))).toBe('empty');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
    ['PDF', [...Buffer.from('%PDF-1.7\n')]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14]],
    ['GIF', [...Buffer.from('GIF89a')]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0]],
  ])('rejects %s files as binary', (_name, bytes) => {
    expect(rejection(() => decodeArticle(new Uint8Array(bytes)))).toBe('binary');
  });

  it('rejects text with NUL bytes that is not UTF-16 as binary', () => {
    expect(rejection(() => decodeArticle(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x01, 0x02, 0x42])))).toBe('binary');
  });

  it('rejects bytes that no supported encoding explains as undecodable', () => {
    // Prepare: Latin-1 French text is invalid UTF-8 and has no Arabic letters in either code page.
    const bytes = Buffer.from('Le président a déclaré à Paris, très ému.', 'latin1');
    expect(rejection(() => decodeArticle(bytes))).toBe('undecodable');
  });
});

describe('decodeArticle on bytes that only look like a legacy code page', () => {
  it('rejects arbitrary high bytes as undecodable even though Windows-1256 maps every byte', () => {
    // Prepare: invalid UTF-8, no BOM, no NUL; as Windows-1256 it is letters and symbols with no word breaks
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f));
    // Act + Assess
    expect(() => decodeArticle(bytes)).toThrow(expect.objectContaining({ code: 'undecodable' }));
  });
});
