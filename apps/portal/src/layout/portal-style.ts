import { raw } from '#web';

/**
 * Inline, like the tourist page: one request per page. Colours pass WCAG AA on white (the brand
 * green is 6.6:1); focus is always visible; touch targets are at least 44 px high.
 */
export const PORTAL_STYLE = raw(`<style>
:root{--brand:#2f6b3a;--ink:#1d1d1b;--muted:#54544f;--line:#c9c8bf;--bg:#f6f5ef;--error:#a1261a;--ok:#1e6b2f}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--brand)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #1a4fa0;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem;z-index:2}
header.bar{background:var(--brand);color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
header.bar .name{font-weight:700;color:#fff;text-decoration:none;margin-right:auto}header.bar a,header.bar button.link{color:#fff}
nav.sections ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem}nav.sections a[aria-current]{font-weight:700;text-decoration-thickness:3px}nav.sections .count{display:inline-block;min-width:1.3em;padding:0 .35em;border-radius:1em;background:#fff;color:var(--brand);font-size:.8em;font-weight:700;text-align:center;text-decoration:none}
.tools{display:flex;gap:.6rem;align-items:center}.tools form{margin:0}
button.link{background:none;border:0;padding:0;font:inherit;text-decoration:underline;cursor:pointer;min-height:auto}
main{max-width:52rem;margin:0 auto;padding:1rem 1rem 3rem}h1{font-size:1.5rem;margin:.5rem 0 1rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.card{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.field{margin:0 0 1rem}.field label,.field legend{display:block;font-weight:600;margin-bottom:.25rem}.hint{color:var(--muted);font-size:.9rem;margin:.1rem 0 .3rem}
input,select,textarea{font:inherit;width:100%;max-width:32rem;padding:.55rem .6rem;border:1px solid #77766f;border-radius:.35rem;background:#fff;color:var(--ink);min-height:44px}
input[type=checkbox],input[type=radio]{width:auto;min-height:auto;margin-right:.4rem}fieldset{border:1px solid var(--line);border-radius:.4rem;margin:0 0 1rem;padding:.5rem .8rem}
.choices label{display:inline-flex;align-items:center;font-weight:400;margin:0 1rem .3rem 0}
[aria-invalid=true]{border:2px solid var(--error)}.error{color:var(--error);font-weight:600;margin:.2rem 0}
.summary{border:3px solid var(--error);background:#fff;padding:.6rem 1rem;margin-bottom:1rem}.summary h2{margin:0 0 .3rem;font-size:1.05rem;color:var(--error)}
.notice{border-left:5px solid var(--ok);background:#fff;padding:.6rem 1rem;margin-bottom:1rem}
button,.button{display:inline-block;font:inherit;font-weight:600;min-height:44px;padding:.55rem 1rem;border-radius:.4rem;border:2px solid var(--brand);background:var(--brand);color:#fff;cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#fff;color:var(--brand)}button.danger{background:#fff;color:var(--error);border-color:var(--error)}
.row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}.row form{margin:0}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.45rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}th{font-size:.9rem}
.status{display:inline-block;padding:0 .4rem;border-radius:.3rem;border:1px solid currentColor;font-size:.85rem}
.muted{color:var(--muted)}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
dl.key-figures{display:flex;flex-wrap:wrap;gap:1rem 2rem;margin:0 0 1rem}dl.key-figures dt{font-size:.9rem;color:var(--muted)}dl.key-figures dd{margin:0;font-size:1.5rem;font-weight:700}
figure.chart{margin:0 0 .5rem;background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.5rem}
ul.plain{list-style:none;padding:0;margin:0}dl.facts{margin-top:0}dl.facts dt{font-weight:600}dl.facts dd{margin:0 0 .5rem}.texts,dd.texts{white-space:pre-line}.hours-read{margin:.2rem 0 1rem}
.times .range{display:flex;gap:.6rem;margin:0 0 .4rem}.times .range label{flex:1 1 0;font-weight:400;margin:0}.times label.closed{display:inline-flex;align-items:center;font-weight:400}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}dl.key-figures dd small{display:block;font-size:.85rem;font-weight:400;color:var(--muted)}p.period{margin:0 0 1rem}.period-days .field{flex:1 1 8rem;min-width:0}.period-days input{min-width:0}
@media (max-width:40rem){table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}table.cards tr{display:grid;grid-template-columns:1fr 1fr;border-bottom:2px solid var(--line);padding:.3rem 0}table.cards td{display:block;border:0;padding:.1rem .5rem;text-align:left}table.cards td::before{content:attr(data-label);display:block;font-size:.8rem;color:var(--muted)}table.cards td:first-child{grid-column:1/-1;font-weight:600}table.cards td:first-child::before{content:none}}
@media (max-width:40rem){table.stack thead{display:none}table.stack tr{display:block;border-bottom:2px solid var(--line)}table.stack td{display:block;border:0;padding:.2rem .5rem}}
table.tally input[name^=code]{min-width:10.5em}
.table-wrap{overflow-x:auto;max-width:100%}
td small.rate,th small.rate{display:block;font-size:.85em;font-weight:400;color:var(--muted)}
@media (max-width:40rem){table.tally{width:100%}table.tally input,table.tally input[name^=code]{width:100%;box-sizing:border-box;min-width:0}table.tally tr{display:grid;grid-template-columns:1.8rem 3fr 2fr 1.2fr 1.8fr;gap:.3rem;align-items:center;border-bottom:1px solid var(--line);padding:.25rem 0}table.tally th,table.tally td{display:block;border:0;padding:0}table.tally thead th:last-child{display:none}table.tally td:last-child{grid-column:1/-1}table.tally td:last-child:empty{display:none}}
</style>`);
