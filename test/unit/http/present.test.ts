import { orientFinding, presentArticle, presentFinding } from '../../../functions/http/present';
import type { Article, Finding } from '../../../shared/model';

function finding(): Finding {
  return {
    id: 'f-1',
    kind: 'quote-wording',
    severity: 'major',
    similarity: 0.8,
    explanation: 'One word of the quote differs.',
    claim: { claimId: 'a#0001', articleId: 'a', outlet: 'sahil-news', text: 'قال الوزير: "سنعيد بناء الجسر"', quote: 'سنعيد بناء الجسر', speaker: 'الوزير' },
    counterpart: { claimId: 'b#0003', articleId: 'b', outlet: 'wadi-post', text: 'قال الوزير: "سنهدم الجسر"', quote: 'سنهدم الجسر', speaker: 'الوزير' },
    diff: [
      { op: 'delete', text: 'سنعيد بناء' },
      { op: 'insert', text: 'سنهدم' },
      { op: 'equal', text: ' الجسر' },
    ],
    createdAt: '2025-03-01T10:00:00.000Z',
  };
}

describe('orienting a finding for one article', () => {
  it('keeps a finding whose claim side is already the article', () => {
    // Act
    const oriented = orientFinding(finding(), 'a');

    // Assess
    expect(oriented).toEqual(finding());
  });

  it('swaps the sides and inverts the diff for the counterpart article', () => {
    // Act
    const oriented = orientFinding(finding(), 'b');

    // Assess
    expect(oriented.claim.articleId).toBe('b');
    expect(oriented.counterpart.articleId).toBe('a');
    expect(oriented.diff).toEqual([
      { op: 'insert', text: 'سنعيد بناء' },
      { op: 'delete', text: 'سنهدم' },
      { op: 'equal', text: ' الجسر' },
    ]);
  });

  it('leaves a finding that involves neither side unchanged', () => {
    // Act + Assess
    expect(orientFinding(finding(), 'c')).toEqual(finding());
  });
});

describe('projection onto the API shapes', () => {
  it('drops attributes a store row may carry beyond the documented fields', () => {
    // Prepare
    const article = {
      id: 'a', bucket: 'b', key: 'sahil-news/1.txt', outlet: 'sahil-news', title: null, url: null, language: 'ar',
      publishedAt: null, status: 'done', error: null, errorCode: null, claimCount: 0, ingestedAt: '2025-03-01T10:00:00.000Z',
      sequencer: '00AB', pk: 'ART#a', signature: [1, 2, 3],
    } as Article;
    const row = { ...finding(), fpk: 'FIND#*', claim: { ...finding().claim, sig: 'x' } } as Finding;

    // Act
    const shownArticle = presentArticle(article);
    const shownFinding = presentFinding(row);

    // Assess
    expect(shownArticle).not.toHaveProperty('pk');
    expect(shownArticle).not.toHaveProperty('signature');
    expect(Object.keys(shownArticle)).toHaveLength(14);
    expect(shownFinding).toEqual(finding());
  });
});
