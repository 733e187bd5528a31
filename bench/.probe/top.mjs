import { readFileSync } from "node:fs";
const p = JSON.parse(readFileSync(process.argv[2], "utf8"));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const dt = p.timeDeltas; let total = 0;
const counts = new Map();
for (let i = 0; i < p.samples.length; i++) { counts.set(p.samples[i], (counts.get(p.samples[i]) ?? 0) + (dt[i] ?? 0)); total += dt[i] ?? 0; }
const key = n => { const cf = n.callFrame; return `${cf.functionName || "(anon)"} ${cf.url.split("/").slice(-2).join("/")}:${cf.lineNumber+1}`; };
const self = new Map();
for (const [id, t] of counts) { const k = key(byId.get(id)); self.set(k, (self.get(k) ?? 0) + t); }
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, t] of counts) { const seen = new Set(); let cur = id; while (cur !== undefined) { const k = key(byId.get(cur)); if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + t); seen.add(k);} cur = parent.get(cur); } }
const fmt = m => [...m].sort((a,b)=>b[1]-a[1]).slice(0, +process.argv[3] || 25).map(([k,t]) => `${(100*t/total).toFixed(1).padStart(5)}%  ${k}`).join("\n");
console.log("SELF\n" + fmt(self)); console.log("INCLUSIVE\n" + fmt(incl));
