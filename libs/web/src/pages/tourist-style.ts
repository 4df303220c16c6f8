import { raw } from '../html.js';

/** Small enough to inline: the page needs no other request to look right on a poor connection. */
export const TOURIST_STYLE = raw(`<style>
:root{--brand:#2f6b3a;--ink:#1d1d1b;--muted:#5b5b57;--line:#deddd5;--bg:#faf8f2;--ok:#1e6b2f;--no:#8a2b1f}
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:var(--brand);color:#fff;padding:1rem 1rem .75rem}header.top h1{margin:.1rem 0 .2rem;font-size:1.45rem;line-height:1.2}
.territory{margin:0;font-size:.85rem;opacity:.9;text-transform:uppercase;letter-spacing:.04em}.lead{margin:0;font-size:.95rem}
.langs{margin-top:.5rem;display:flex;gap:.35rem}.langs a{color:#fff;border:1px solid rgba(255,255,255,.6);border-radius:.3rem;padding:.1rem .45rem;font-size:.8rem;text-decoration:none}.langs a[aria-current]{background:#fff;color:var(--brand)}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;padding:.75rem 1rem;border-bottom:1px solid var(--line);background:#fff;position:sticky;top:0}
select,button{font:inherit;padding:.4rem .5rem;border:1px solid var(--line);border-radius:.4rem;background:#fff;color:var(--ink)}button{background:var(--brand);color:#fff;border-color:var(--brand)}
.js form.filters button{display:none}main{padding:.5rem 1rem 2rem;max-width:46rem;margin:0 auto}ol.producers{list-style:none;padding:0;margin:0}
li.producer{background:#fff;border:1px solid var(--line);border-radius:.6rem;padding:.8rem .9rem;margin:.75rem 0}li.producer[hidden]{display:none}
li.producer h2{margin:0;font-size:1.1rem}li.producer h2 a{color:var(--ink)}.meta{margin:.1rem 0;color:var(--muted);font-size:.9rem}
.status{margin:.2rem 0;font-size:.9rem;font-weight:600}.status.open{color:var(--ok)}.status.closed{color:var(--no)}
ul.offers{list-style:none;padding:0;margin:.5rem 0}li.offer{border-left:4px solid var(--brand);padding:.25rem .6rem;margin:.4rem 0;background:#f3f6ef}
.value{font-size:1.05rem}.offer p{margin:.15rem 0;font-size:.9rem;color:var(--muted)}.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 0}
.actions a{flex:1 1 auto;text-align:center;padding:.45rem .6rem;border:1px solid var(--brand);border-radius:.4rem;color:var(--brand);text-decoration:none;font-weight:600}
.pass-qr{text-align:center;margin:.75rem 0}.pass-qr svg{max-width:100%;height:auto;background:#fff}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{padding:1rem;color:var(--muted);font-size:.85rem;text-align:center}.description,.visit,.hours-note,.conditions{white-space:pre-line}section.hours h2{font-size:1rem;margin:.8rem 0 .2rem}section.hours p{margin:.2rem 0}.note{background:#fff4d6;border:1px solid #e8c66a;padding:.5rem;border-radius:.4rem}
</style>`);
