import { presentArticle, presentFinding } from '../../../functions/http/present';
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
