import Fuse from "fuse.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { accuracy, readLabelled } from "../score.js";
const kb = await loadKnowledge("/work/main/data");
const dev = readLabelled("/work/shared/eval/dev.jsonl");
const entries: { name: string; roleId: string }[] = [];
for (const role of kb.roleList) for (const name of [role.title, ...role.aliases]) entries.push({ name, roleId: role.id });
for (const ft of [0.6, 0.7, 0.8]) {
  const fuse = new Fuse(entries, { keys: ["name"], includeScore: true, ignoreLocation: true, threshold: ft });
  const hitsByQ = dev.map(d => fuse.search(d.q));
  for (let t = 0.3; t <= ft + 0.01; t += 0.05) {
    let right = 0;
    dev.forEach((d, i) => {
      const roles: string[] = [];
      for (const h of hitsByQ[i]!) { if ((h.score ?? 1) >= t) break; if (!roles.includes(h.item.roleId)) roles.push(h.item.roleId); if (roles.length === 3) break; }
      const intent = roles.length >= 2 ? "compare" : roles.length === 1 ? "profile" : "none";
      const ok = intent === d.intent && (intent === "none" || ([...roles].sort().join() === [...(d.roles ?? [])].sort().join()));
      if (ok) right++;
    });
    console.log(ft, t.toFixed(2), right);
  }
}
// score distribution for first few
const fuse = new Fuse(entries, { keys: ["name"], includeScore: true, ignoreLocation: true });
for (const d of dev.slice(0, 4)) console.log(d.q, fuse.search(d.q).slice(0, 5).map(h => [h.item.name, h.score!.toFixed(3)]));
