import type { Article, Claim, ClaimKind, ClaimRef, DiffPart, Finding, FindingKind, Severity } from '../../shared/model';
import { type Interpolation, type SafeHtml, externalHref, html, raw, sitePath } from './html';
import { DEFAULT_LIMIT } from './query';
import { STYLESHEET } from './styles';

export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  agreement: 'اتفاق',
  'quote-wording': 'اختلاف في نص الاقتباس',
  attribution: 'اختلاف في نسبة القول',
  omission: 'إغفال',
  number: 'اختلاف في الأرقام',
  date: 'اختلاف في التاريخ',
  negation: 'اختلاف في النفي',
  entity: 'اختلاف في الأسماء',
};

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { major: 'جوهري', minor: 'طفيف', info: 'للعلم' };
const CLAIM_KIND_LABELS: Readonly<Record<ClaimKind, string>> = { quote: 'اقتباس مباشر', reported: 'قول منقول', statement: 'خبر' };
const STATUS_LABELS: Readonly<Record<Article['status'], string>> = { processing: 'قيد المعالجة', done: 'مكتمل', failed: 'فشل' };

/** Values shown in class names come from the store: only known ones are used, anything else is `unknown`. */
function known<K extends string>(labels: Readonly<Record<K, string>>, value: string): K | 'unknown' {
  return Object.hasOwn(labels, value) ? (value as K) : 'unknown';
}

function label<K extends string>(labels: Readonly<Record<K, string>>, value: string): Interpolation {
  const key = known(labels, value);
  return key === 'unknown' ? html`<bdi dir="ltr">${value}</bdi>` : html`${labels[key]} <bdi dir="ltr">(${value})</bdi>`;
}

export function articleViewPath(articleId: string): string {
  return `/articles/${encodeURIComponent(articleId)}/view`;
}

/** The whole document: Arabic-first, right to left; article strings inside it isolate themselves with dir="auto". */
export function layout(title: string, body: SafeHtml): SafeHtml {
  return html`<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · قارِن</title>
<style>${raw(STYLESHEET)}</style>
</head>
<body>
<header class="top"><a class="brand" href="/">قارِن</a><span class="tagline">مقارنة الاقتباسات والوقائع بين وسائل الإعلام</span><nav><a href="/">آخر الفروقات</a><a href="/openapi.json" dir="ltr">OpenAPI</a></nav></header>
<main>
${body}
</main>
</body>
</html>
`;
}

function side(ref: ClaimRef): SafeHtml {
  const speaker = ref.speaker ? html`<bdi dir="auto">${ref.speaker}</bdi>` : html`<span>متكلم غير محدد</span>`;
  return html`<section class="side">
<div class="meta"><bdi dir="auto">${ref.outlet}</bdi> · ${speaker} · <a href="${articleViewPath(ref.articleId)}">تقرير المقال</a></div>
${ref.quote ? html`<blockquote dir="auto">${ref.quote}</blockquote>` : ''}
<p dir="auto">${ref.text}</p>
</section>`;
}

// Diff parts are runs of words without their surrounding spaces, so the page puts one between parts.
function diffPart(part: DiffPart, index: number): SafeHtml {
  const gap = index === 0 ? '' : ' ';
  if (part.op === 'insert') return html`${gap}<ins>${part.text}</ins>`;
  if (part.op === 'delete') return html`${gap}<del>${part.text}</del>`;
  return html`${gap}${part.text}`;
}

/** One finding: kind, severity, both outlets and speakers, both wordings and the word-level diff. */
export function findingCard(finding: Finding): SafeHtml {
  const kind = known(FINDING_KIND_LABELS, finding.kind);
  const severity = known(SEVERITY_LABELS, finding.severity);
  const changed = finding.diff.some((part) => part.op !== 'equal');
  return html`<article class="card sev-${severity} kind-${kind}" id="finding-${finding.id}">
<div class="card-head"><span class="badge kind-${kind}">${label(FINDING_KIND_LABELS, finding.kind)}</span><span class="badge sev-${severity}">${label(SEVERITY_LABELS, finding.severity)}</span><span class="similarity">التشابه <bdi dir="ltr">${Math.round(finding.similarity * 100)}%</bdi></span></div>
<p class="explanation" dir="auto">${finding.explanation}</p>
<div class="sides">${side(finding.claim)}${side(finding.counterpart)}</div>
${
  changed
    ? html`<p class="diff"><span class="label"><del>في <bdi dir="auto">${finding.claim.outlet}</bdi> فقط</del> · <ins>في <bdi dir="auto">${finding.counterpart.outlet}</bdi> فقط</ins></span><bdi dir="auto">${finding.diff.map(diffPart)}</bdi></p>`
    : ''
}
</article>`;
}

function findingList(findings: Finding[]): SafeHtml {
  return findings.length === 0 ? html`<p class="empty">لا توجد نتائج.</p>` : html`${findings.map(findingCard)}`;
}

export interface FeedFilters {
  kind?: string;
  outlet?: string;
  speaker?: string;
  limit?: number;
  cursor?: string;
}

/** `GET /`: the findings feed with its filter form and cursor pagination. */
export function feedPage(findings: Finding[], nextCursor: string | null, filters: FeedFilters): SafeHtml {
  const options = (Object.keys(FINDING_KIND_LABELS) as FindingKind[]).map(
    (kind) => html`<option value="${kind}"${kind === filters.kind ? html` selected` : ''}>${FINDING_KIND_LABELS[kind]}</option>`,
  );
  const query = {
    kind: filters.kind,
    outlet: filters.outlet,
    speaker: filters.speaker,
    limit: filters.limit === undefined || filters.limit === DEFAULT_LIMIT ? undefined : String(filters.limit),
  };
  const pages = [
    filters.cursor ? html`<a href="${sitePath('/', query)}">الصفحة الأولى</a>` : '',
    nextCursor ? html`<a rel="next" href="${sitePath('/', { ...query, cursor: nextCursor })}">الصفحة التالية</a>` : '',
  ];
  return layout(
    'آخر الفروقات',
    html`<h1>آخر الفروقات بين التغطيات</h1>
<form class="filters" method="get" action="/">
<label>النوع<select name="kind"><option value="">الكل</option>${options}</select></label>
<label>الوسيلة<input name="outlet" dir="auto" value="${filters.outlet ?? ''}"></label>
<label>المتكلم<input name="speaker" dir="auto" value="${filters.speaker ?? ''}"></label>
<button type="submit">تصفية</button>
</form>
${findingList(findings)}
<nav class="pages">${pages}</nav>`,
  );
}

function claimRow(claim: Claim): SafeHtml {
  return html`<tr><td>${label(CLAIM_KIND_LABELS, claim.kind)}</td><td>${claim.speaker ? html`<bdi dir="auto">${claim.speaker}</bdi>` : '—'}</td><td dir="auto">${claim.text}</td></tr>`;
}

function articleFacts(article: Article): SafeHtml {
  const href = externalHref(article.url);
  const source = href
    ? html`<a href="${href}" rel="noopener noreferrer nofollow"><bdi dir="ltr">${article.url}</bdi></a>`
    : html`<bdi dir="ltr">${article.url ?? '—'}</bdi>`;
  return html`<dl class="article">
<dt>الوسيلة</dt><dd><bdi dir="auto">${article.outlet}</bdi></dd>
<dt>تاريخ النشر</dt><dd><bdi dir="ltr">${article.publishedAt ?? '—'}</bdi></dd>
<dt>اللغة</dt><dd><bdi dir="ltr">${article.language}</bdi></dd>
<dt>الحالة</dt><dd>${label(STATUS_LABELS, article.status)}${article.error ? html` · <bdi dir="auto">${article.error}</bdi>` : ''}</dd>
<dt>المصدر</dt><dd>${source}</dd>
<dt>الملف</dt><dd><bdi dir="ltr">${article.key}</bdi></dd>
</dl>`;
}

/** `GET /articles/{id}/view`: one article, its claims and its findings (this article's side first). */
export function articlePage(article: Article, claims: Claim[], findings: Finding[]): SafeHtml {
  const title = article.title ?? article.key;
  return layout(
    title,
    html`<h1 dir="auto">${title}</h1>
${articleFacts(article)}
<h2>الادعاءات (${claims.length})</h2>
${
  claims.length === 0
    ? html`<p class="empty">لم تُستخرج ادعاءات من هذا المقال.</p>`
    : html`<table class="claims"><thead><tr><th>النوع</th><th>المتكلم</th><th>النص</th></tr></thead><tbody>${claims.map(claimRow)}</tbody></table>`
}
<h2>المقارنة مع وسائل أخرى (${findings.length})</h2>
${findingList(findings)}`,
  );
}

/** Errors asked for by a browser: the same status, a readable page, no stack or internals. */
export function errorPage(status: number, message: string): SafeHtml {
  return layout(`خطأ ${status}`, html`<h1>خطأ <bdi dir="ltr">${status}</bdi></h1><p class="error" dir="auto">${message}</p><p><a href="/">العودة إلى آخر الفروقات</a></p>`);
}
