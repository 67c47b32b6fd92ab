import { readRoster } from '@trackmap/core/node';

const t0 = performance.now();
const r = await readRoster({ dir: process.argv[2] }, { maxProjectedPairs: 1e8 });
const c = process.cpuUsage();
console.log(
  'cpu',
  Math.round((c.user + c.system) / 1000),
  'rows',
  r.roster.attendance.length,
  'links',
  r.graph.size,
  'ms',
  Math.round(performance.now() - t0),
  'maxRSS MiB',
  Math.round(process.resourceUsage().maxRSS / 1024),
);
