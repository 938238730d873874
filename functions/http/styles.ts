import { createHash } from 'node:crypto';

/**
 * The page's only stylesheet, inlined in <style> and allowed by its hash in the CSP, so the page needs
 * no extra request and no `'unsafe-inline'`: a `style="..."` attribute smuggled in would be refused.
 * Logical properties (inline-start/end) keep the layout right for both rtl and ltr text.
 */
export const STYLESHEET = `
:root{color-scheme:light;--ink:#1d2430;--muted:#5b6575;--line:#d9dee6;--bg:#f5f6f8;--card:#fff;
--major:#b42318;--major-bg:#fde8e6;--minor:#a15c07;--minor-bg:#fef3dc;--info:#1d5fa8;--info-bg:#e6effa;
--agree:#177245;--agree-bg:#e3f4ea}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);line-height:1.6;
font-family:system-ui,-apple-system,"Segoe UI","Noto Naskh Arabic","Noto Sans Arabic",Tahoma,Arial,sans-serif}
header.top{background:#14213d;color:#fff;padding:.75rem 1.5rem;display:flex;gap:1.5rem;align-items:baseline;flex-wrap:wrap}
header.top a{color:#fff;text-decoration:none}
header.top .brand{font-size:1.35rem;font-weight:700}
header.top .tagline{color:#c9d3e6;font-size:.9rem}
main{max-width:72rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.4rem;margin:.25rem 0 1rem}
h2{font-size:1.15rem;margin:1.5rem 0 .75rem}
form.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;background:var(--card);
border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin-bottom:1rem}
form.filters label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted);gap:.2rem}
form.filters input,form.filters select{font:inherit;padding:.3rem .5rem;border:1px solid var(--line);border-radius:.35rem;min-width:11rem}
form.filters button{font:inherit;padding:.35rem 1.1rem;border:0;border-radius:.35rem;background:#14213d;color:#fff;cursor:pointer}
.card{background:var(--card);border:1px solid var(--line);border-inline-start:.35rem solid var(--line);
border-radius:.5rem;padding:.9rem 1.1rem;margin-bottom:1rem}
.card.sev-major{border-inline-start-color:var(--major)}
.card.sev-minor{border-inline-start-color:var(--minor)}
.card.sev-info{border-inline-start-color:var(--info)}
.card.kind-agreement{border-inline-start-color:var(--agree)}
.card-head{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-bottom:.5rem}
.badge{display:inline-block;font-size:.8rem;font-weight:600;padding:.05rem .6rem;border-radius:1rem;background:#eef0f4}
.badge.sev-major{background:var(--major-bg);color:var(--major)}
.badge.sev-minor{background:var(--minor-bg);color:var(--minor)}
.badge.sev-info{background:var(--info-bg);color:var(--info)}
.badge.kind-agreement{background:var(--agree-bg);color:var(--agree)}
.similarity{color:var(--muted);font-size:.85rem}
.explanation{margin:.25rem 0 .75rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.75rem}
.side{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem;background:#fbfcfd}
.side .meta{font-size:.85rem;color:var(--muted);margin-bottom:.3rem}
.side .meta a{color:var(--info)}
.side blockquote{margin:.2rem 0;padding-inline-start:.6rem;border-inline-start:3px solid var(--line);font-weight:600}
.side p{margin:.2rem 0}
.diff{margin:.75rem 0 0;padding:.5rem .75rem;background:#f7f8fa;border-radius:.4rem}
.diff .label{font-size:.8rem;color:var(--muted);display:block}
del{background:#fde2e0;color:#8a1c12;text-decoration:line-through}
ins{background:#dcf3e3;color:#125c36;text-decoration:none;border-bottom:2px solid #3a9a64}
del+ins,ins+del{margin-inline-start:.3em}
header.top nav{margin-inline-start:auto;display:flex;gap:1rem}
table.claims{width:100%;border-collapse:collapse;background:var(--card);border:1px solid var(--line)}
table.claims th,table.claims td{padding:.45rem .6rem;border-bottom:1px solid var(--line);text-align:start;vertical-align:top}
table.claims th{background:#eef0f4;font-size:.85rem}
dl.article{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;background:var(--card);
border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem}
dl.article dt{color:var(--muted)}
dl.article dd{margin:0}
nav.pages{display:flex;gap:1rem;margin:1rem 0}
nav.pages a{padding:.35rem .9rem;border:1px solid var(--line);border-radius:.35rem;background:var(--card);color:var(--ink);text-decoration:none}
.empty{color:var(--muted);background:var(--card);border:1px dashed var(--line);border-radius:.5rem;padding:1rem}
.error{background:var(--major-bg);color:var(--major);border-radius:.5rem;padding:1rem}
`;

/** `'sha256-...'` source expression for the inline stylesheet, as CSP Level 2+ computes it. */
export const STYLESHEET_HASH = `'sha256-${createHash('sha256').update(STYLESHEET, 'utf8').digest('base64')}'`;
