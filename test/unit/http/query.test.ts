import { BadRequestError } from '../../../shared/errors';
import { DEFAULT_LIMIT, articleQuery, emptyQuery, findingQuery, parse } from '../../../functions/http/query';

describe('query parsing at the edge', () => {
  it('defaults the limit and treats blank form fields as absent', () => {
    // Act
    const query = parse(findingQuery, { kind: '', outlet: ' ', speaker: '' }, 'query');

    // Assess
    expect(query).toEqual({ limit: DEFAULT_LIMIT });
  });

  it('parses a full finding query and lower-cases the outlet', () => {
    // Act
    const query = parse(findingQuery, { kind: 'number', outlet: 'Sahil-News', speaker: 'وزير الخارجية', limit: '100', cursor: 'abc.def' }, 'query');

    // Assess
    expect(query).toEqual({ kind: 'number', outlet: 'sahil-news', speaker: 'وزير الخارجية', limit: 100, cursor: 'abc.def' });
  });

  it.each([
    ['a kind outside FindingKind', { kind: 'rumour' }, 'kind'],
    ['two kinds (API Gateway joins repeated parameters with commas)', { kind: 'number,date' }, 'kind'],
    ['limit 0', { limit: '0' }, 'limit'],
    ['limit 101', { limit: '101' }, 'limit'],
    ['a negative limit', { limit: '-5' }, 'limit'],
    ['a fractional limit', { limit: '2.5' }, 'limit'],
    ['a hex limit', { limit: '0x10' }, 'limit'],
    ['an unknown parameter', { page: '2' }, 'page'],
    ['an outlet longer than 64 characters', { outlet: 'x'.repeat(65) }, 'outlet'],
    ['a cursor longer than 2048 characters', { cursor: 'c'.repeat(2049) }, 'cursor'],
  ])('rejects %s with a 400 naming the parameter', (_name, input, parameter) => {
    // Act
    const attempt = () => parse(findingQuery, input, 'query');

    // Assess
    expect(attempt).toThrow(BadRequestError);
    expect(attempt).toThrow(parameter);
  });

  it('rejects finding filters on the article listing', () => {
    // Act + Assess
    expect(() => parse(articleQuery, { kind: 'number' }, 'query')).toThrow(BadRequestError);
  });

  it('accepts no query at all, and nothing else, where a route takes no parameters', () => {
    // Act + Assess
    expect(parse(emptyQuery, undefined, 'query')).toEqual({});
    expect(() => parse(emptyQuery, { debug: '1' }, 'query')).toThrow(BadRequestError);
  });
});
