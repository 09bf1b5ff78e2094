// One small stylesheet: system fonts, readable at 390 px and 1280 px, AA contrast, visible focus.
export const CSS = `*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
a{color:#0a4fb3}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px;z-index:9}
.top{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;background:#14213d;color:#fff;padding:8px 16px}
.top a{color:#fff}.brand{font-weight:700}
.top nav ul{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;margin:0;padding:0}
.top a[aria-current=page]{text-decoration:underline;text-underline-offset:4px;font-weight:600}
.signout{margin-left:auto}
.tenant-switch{display:flex;align-items:flex-end;gap:6px}.tenant-switch label{color:#fff}.tenant-switch select{max-width:min(240px,60vw)}
.scope{margin:0 0 8px;padding:6px 10px;background:#fff8e1;border:1px solid #8a4b00;border-radius:4px}
main{max-width:1200px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.2em 0 .6em}h2{font-size:1.15rem;margin:1.4em 0 .5em}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #dde1e6;vertical-align:top;overflow-wrap:break-word}
th{background:#eef1f5;font-weight:600}
.scroll{overflow-x:auto}
form.filters{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:flex-end;margin-bottom:12px}
label{display:flex;flex-direction:column;font-size:.85rem;font-weight:600;gap:2px}
label.inline{flex-direction:row;align-items:center;gap:6px;font-weight:400}
input,select,button{font:inherit;padding:5px 8px;border:1px solid #8a94a3;border-radius:4px;background:#fff;color:#1b1f24}
button{background:#0a4fb3;color:#fff;border-color:#0a4fb3;cursor:pointer}
button.secondary{background:#fff;color:#0a4fb3}button.danger{background:#a4161a;border-color:#a4161a}
.badge{display:inline-block;padding:0 6px;border-radius:3px;font-weight:600;font-size:.85rem;border:1px solid}
.badge.good{color:#0b6b2f;border-color:#0b6b2f}.badge.warn{color:#8a4b00;border-color:#8a4b00}.badge.bad{color:#a4161a;border-color:#a4161a}
.badge.operational{color:#0b6b2f;border-color:#0b6b2f}.badge.degraded{color:#8a4b00;border-color:#8a4b00}.badge.down{color:#a4161a;border-color:#a4161a}
.badge.dead{color:#a4161a;border-color:#a4161a}.badge.pending{color:#8a4b00;border-color:#8a4b00}.badge.succeeded{color:#0b6b2f;border-color:#0b6b2f}
dl.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:8px;margin:0 0 12px}
.fact{background:#fff;border:1px solid #dde1e6;border-radius:4px;padding:8px}.fact dt{font-size:.8rem;color:#4a5360}.fact dd{margin:0;font-weight:600;overflow-wrap:anywhere}
pre{background:#fff;border:1px solid #dde1e6;padding:8px;overflow:auto;max-height:420px;white-space:pre-wrap;overflow-wrap:anywhere}
.notice{padding:8px 12px;border-radius:4px;border:1px solid}.notice.ok{background:#e8f5ec;border-color:#0b6b2f}.notice.error{background:#fbeaea;border-color:#a4161a}
ol.timeline{list-style:none;padding:0;border-left:3px solid #8a94a3;margin-left:6px}
ol.timeline li{padding:4px 0 8px 12px;position:relative}
svg.bars text{font-size:12px;fill:#1b1f24}svg.bars{max-width:100%;height:auto}
.qr svg{width:260px;max-width:100%;height:auto;background:#fff}
.secret{font-family:ui-monospace,monospace;background:#fff8e1;padding:4px 6px;border:1px solid #8a4b00;overflow-wrap:anywhere}
.pager{display:flex;gap:12px;margin:12px 0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px}
.card{background:#fff;border:1px solid #dde1e6;border-radius:4px;padding:12px}
.actions{display:flex;flex-wrap:wrap;gap:6px}
.stack{display:flex;flex-direction:column;align-items:flex-start;gap:8px}
details{margin:8px 0}summary{cursor:pointer;color:#0a4fb3}
.card.stack{display:flex;flex-direction:column;align-items:flex-start;gap:10px;margin-top:12px;max-width:640px}
.card.stack input[type=url]{width:min(480px,80vw)}
fieldset{border:1px solid #8a94a3;border-radius:4px}
ul.legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;padding:0;margin:4px 0}
@media (max-width:600px){main{padding:10px}th,td{padding:4px}.hide-narrow{display:none}}
`;
