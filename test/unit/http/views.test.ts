import { createHash } from 'node:crypto';
import { HTML_CSP } from '../../../functions/http/headers';
import { articlePage, feedPage, findingCard } from '../../../functions/http/views';
import type { Article, Claim, Finding } from '../../../shared/model';
import { assertInert } from '../../helpers/inert-html';

const HOSTILE_QUOTE = 'قال\u202E المتحدث: <script>alert(1)</script> ثم <img src=x onerror=alert(1)> وأيضا javascript:alert(1)';

function hostileFinding(): Finding {
  return {
    id: 'f-9',
    kind: 'quote-wording',
    severity: 'major',
    similarity: 0.61,
    explanation: 'The quote differs: "<b>bold</b>" \u2066vs\u2069 plain',
    claim: {
      claimId: 'a1#0001',
      articleId: 'a1"><script>x</script>',
      outlet: 'sahil-news',
      text: `الجملة كاملة: ${HOSTILE_QUOTE}`,
      quote: HOSTILE_QUOTE,
      speaker: 'المتحدث <svg onload=alert(1)>',
    },
    counterpart: {
      claimId: 'b1#0002',
      articleId: 'b1',
      outlet: 'wadi-post\u202E',
      text: 'The spokesman said: "we will <rebuild> the bridge"',
      quote: 'we will <rebuild> the bridge',
      speaker: 'The spokesman',
    },
    diff: [
      { op: 'equal', text: 'قال ' },
      { op: 'delete', text: '<script>alert(1)</script>' },
      { op: 'insert', text: 'javascript:alert(1) \u202Eتدمير' },
    ],
    createdAt: '2025-03-01T10:00:00.000Z',
  };
}

function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a1', bucket: 'qarin-articles', key: 'sahil-news/2025/bridge.txt', outlet: 'sahil-news',
    title: 'وزير النقل <script>alert(1)</script> يتحدث عن الجسر', url: 'javascript:alert(1)', language: 'ar',
    publishedAt: '2025-03-01', status: 'done', error: null, errorCode: null, claimCount: 1,
    ingestedAt: '2025-03-01T10:00:00.000Z', sequencer: '00AB', ...overrides,
  };
}

function claim(): Claim {
  return {
    id: 'a1#0001', articleId: 'a1', outlet: 'sahil-news', kind: 'quote', text: `نص ${HOSTILE_QUOTE}`, quote: HOSTILE_QUOTE,
    speaker: 'المتحدث\u202E', speakerKey: 'متحدث', start: 0, end: 10, numbers: [], dates: [], negated: false,
  };
}


describe('finding card', () => {
  it('escapes hostile quotes, speakers, outlets and diff text and strips bidi controls', () => {
    // Act
    const card = findingCard(hostileFinding()).value;

    // Assess
    assertInert(card);
    expect(card).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(card).toContain('&lt;img src&#61;x onerror&#61;alert(1)&gt;');
    expect(card).toContain('href="/articles/a1%22%3E%3Cscript%3Ex%3C%2Fscript%3E/view"');
  });

  it('shows both outlets, both speakers, both wordings, severity and the word diff as <del>/<ins>', () => {
    // Act
    const card = findingCard(hostileFinding()).value;

    // Assess
    expect(card).toContain('<bdi dir="auto">sahil-news</bdi>');
    expect(card).toContain('<bdi dir="auto">wadi-post</bdi>');
    expect(card).toContain('The spokesman');
    expect(card).toContain('we will &lt;rebuild&gt; the bridge');
    expect(card).toContain('class="card sev-major kind-quote-wording" id="finding-f-9"');
    expect(card).toContain('جوهري');
    expect(card).toContain('<del>&lt;script&gt;alert(1)&lt;/script&gt;</del>');
    expect(card).toContain('<ins>javascript:alert(1) تدمير</ins>');
    expect(card).toContain('<bdi dir="ltr">61%</bdi>');
  });

  it('separates the words of adjacent diff parts with a space so the reconstructed sentence reads right', () => {
    // Prepare
    const finding: Finding = {
      ...hostileFinding(),
      diff: [
        { op: 'equal', text: 'إلا أن ذلك يتم' },
        { op: 'delete', text: 'تقويضه' },
        { op: 'insert', text: 'تدميره' },
        { op: 'equal', text: 'الآن' },
      ],
    };
    // Act
    const card = findingCard(finding).value;
    // Assess
    expect(card).toContain('إلا أن ذلك يتم <del>تقويضه</del> <ins>تدميره</ins> الآن');
  });

  it('uses a neutral class for a kind or severity the page does not know', () => {
    // Prepare
    const odd = { ...hostileFinding(), kind: 'x" onclick="y', severity: 'critical' } as unknown as Finding;

    // Act
    const card = findingCard(odd).value;

    // Assess
    expect(card).toContain('class="card sev-unknown kind-unknown" id="finding-f-9"');
    assertInert(card);
  });
});

describe('pages', () => {
  it('is an Arabic right-to-left document whose inline stylesheet matches the CSP hash', () => {
    // Act
    const page = feedPage([hostileFinding()], null, {}).value;

    // Assess
    expect(page).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    const css = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect(HTML_CSP).toContain(`style-src 'sha256-${hash}'`);
    assertInert(page);
  });

  it('keeps the filters in the form and in the next-page link, with the cursor', () => {
    // Act
    const page = feedPage([], 'pos.mac', { kind: 'number', outlet: 'sahil-news', speaker: '"><b>', limit: 5, cursor: 'prev.mac' }).value;

    // Assess
    expect(page).toContain('<option value="number" selected>');
    expect(page).toContain('name="speaker" dir="auto" value="&quot;&gt;&lt;b&gt;"');
    expect(page).toContain('href="/?kind&#61;number&amp;outlet&#61;sahil-news&amp;speaker&#61;%22%3E%3Cb%3E&amp;limit&#61;5&amp;cursor&#61;pos.mac"');
    expect(page).toContain('الصفحة الأولى');
    expect(page).toContain('لا توجد نتائج');
    assertInert(page);
  });

  it('renders an article report with its claims and never links a javascript: source URL', () => {
    // Act
    const page = articlePage(article(), [claim()], [hostileFinding()]).value;

    // Assess
    assertInert(page);
    expect(page).toContain('<bdi dir="ltr">javascript:alert(1)</bdi>');
    expect(page).toContain('الادعاءات (1)');
    expect(page).toContain('اقتباس مباشر');
    expect(page).toContain('<h1 dir="auto">وزير النقل &lt;script&gt;alert(1)&lt;/script&gt; يتحدث عن الجسر</h1>');
  });

  it('links an https source URL', () => {
    // Act
    const page = articlePage(article({ url: 'https://sahil.example/bridge?id=1&x=2' }), [], []).value;

    // Assess
    expect(page).toContain('href="https://sahil.example/bridge?id&#61;1&amp;x&#61;2" rel="noopener noreferrer nofollow"');
  });
});
