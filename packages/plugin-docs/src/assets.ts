/** The site's stylesheet: system fonts, light and dark schemes, responsive tables, visible focus. */
export const CSS = `:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--accent:#0550ae;--soft:#f6f8fa;--bad:#a40e26;--badbg:#ffebe9;--ok:#116329;--okbg:#dafbe1}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--accent:#7cb8ff;--soft:#161b22;--bad:#ff9492;--badbg:#3c1618;--ok:#7ee787;--okbg:#12261e}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
a{color:var(--accent)}
a:focus-visible,input:focus-visible,select:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
code{font:0.875em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:0.1em 0.3em;border-radius:4px;overflow-wrap:anywhere}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:0.5rem;z-index:1}
header.site,footer.site{padding:0.75rem 1rem;border-bottom:1px solid var(--line)}
footer.site{border-top:1px solid var(--line);border-bottom:0;color:var(--muted);font-size:0.875rem}
header.site a{font-weight:600;text-decoration:none}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{margin:0.5rem 0;font-size:1.75rem;line-height:1.25}
h2{margin-top:2rem;font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:0.25rem}
.muted{color:var(--muted)}
.badge{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:0 0.5rem;font-size:0.8rem;color:var(--muted)}
.badge.warn{color:var(--bad);border-color:var(--bad)}
form.search{display:grid;grid-template-columns:2fr 1fr 1fr 1fr;gap:0.75rem;margin:1rem 0}
form.search label{display:block;font-size:0.875rem;font-weight:600;margin-bottom:0.25rem}
input,select{width:100%;font:inherit;padding:0.45rem 0.6rem;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
@media (max-width:40rem){form.search{grid-template-columns:1fr 1fr}form.search .q{grid-column:1/-1}}
ul.events{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:0.75rem}
ul.events li{border:1px solid var(--line);border-radius:8px;padding:0.75rem;background:var(--soft)}
ul.events li[hidden]{display:none}
ul.events h2{font-size:1.05rem;margin:0 0 0.25rem;border:0;padding:0}
ul.events p{margin:0.25rem 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:0.25rem 1rem}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
.table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:0.9rem}
th,td{text-align:left;vertical-align:top;padding:0.45rem 0.6rem;border-bottom:1px solid var(--line)}
thead th{background:var(--soft);position:sticky;top:0}
td p,th p{margin:0}
th[scope=row] code,td:nth-child(2)>code{overflow-wrap:normal;white-space:nowrap}
.breaking{color:var(--bad);background:var(--badbg);font-weight:600}
.compatible{color:var(--ok);background:var(--okbg)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/**
 * The index's search: filters the server-rendered list by name, property, metadata, kind and
 * plan, from the inlined JSON (no fetch, so `file://` works). `/` focuses the search box.
 */
export const SEARCH_JS = `(function(){
var data=JSON.parse(document.getElementById('search-data').textContent);
var q=document.getElementById('q'),field=document.getElementById('field'),kind=document.getElementById('kind'),plan=document.getElementById('plan'),count=document.getElementById('count');
var items=document.querySelectorAll('#events > li');
function hay(e,f){return f==='name'?[e.n]:f==='property'?e.p:f==='metadata'?e.m:[e.n,e.d].concat(e.p,e.m);}
function update(){
var terms=q.value.toLowerCase().split(/\\s+/).filter(Boolean),shown=0;
for(var i=0;i<items.length;i++){var e=data[i],h=hay(e,field.value);
var ok=(!kind.value||e.k===kind.value)&&(!plan.value||e.l===plan.value)&&terms.every(function(t){return h.some(function(s){return s.indexOf(t)!==-1;});});
items[i].hidden=!ok;if(ok)shown++;}
count.textContent=shown+(shown===1?' event':' events')+(shown<items.length?' of '+items.length:'');}
[q,field,kind,plan].forEach(function(el){el.addEventListener('input',update);el.addEventListener('change',update);});
document.getElementById('search-form').addEventListener('submit',function(ev){ev.preventDefault();});
document.addEventListener('keydown',function(ev){if(ev.key==='/'&&document.activeElement!==q&&!(document.activeElement instanceof HTMLInputElement)){ev.preventDefault();q.focus();}});
var h=location.hash.slice(1);if(h){try{q.value=decodeURIComponent(h);}catch(_){q.value=h;}}
update();})();`;
