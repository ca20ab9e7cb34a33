// The report page's one stylesheet. It is inline (the page is one self-contained file) and allowed by the
// page's Content-Security-Policy through its hash, so no other style and no script can run.
export const STYLE = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5d6675; --line: #d8dde5; --paper: #ffffff; --bg: #f4f6f9;
  --high: #b42318; --high-bg: #fef3f2; --medium: #a15c07; --medium-bg: #fffaeb; --low: #3b5b7a; --low-bg: #eef4fa;
  --accent: #1f4fa3; --mark: #ffe58a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem; }
header.page { background: var(--ink); color: #fff; }
header.page > div { max-width: 62rem; margin: 0 auto; padding: 1.25rem 1rem 1rem; }
header.page h1 { margin: 0; font-size: 1.5rem; line-height: 1.25; }
header.page p { margin: .25rem 0 0; color: #c9d1dd; }
nav.toc { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin-top: .75rem; font-size: .9rem; }
nav.toc a { color: #fff; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .75rem; }
section > p.lead { margin-top: -.25rem; color: var(--muted); }
code, .path { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
.muted { color: var(--muted); }
.warn { color: var(--high); }
.nowrap { white-space: nowrap; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .75rem; margin: 0; }
.stats div { background: var(--paper); border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .8rem; }
.stats dt { font-size: .8rem; color: var(--muted); }
.stats dd { margin: 0; font-size: 1.4rem; font-weight: 650; }
.stats dd.severities { font-size: 1rem; line-height: 2.1; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .55rem; font-size: .78rem; font-weight: 650; line-height: 1.6;
  border: 1px solid currentColor; white-space: nowrap; }
.badge.high { color: var(--high); background: var(--high-bg); }
.badge.medium { color: var(--medium); background: var(--medium-bg); }
.badge.low { color: var(--low); background: var(--low-bg); }
.badge.kind { color: var(--accent); background: #eef2fb; }
.badge.note { color: var(--muted); background: var(--paper); font-weight: 500; }
.table-wrap { overflow-x: auto; background: var(--paper); border: 1px solid var(--line); border-radius: .5rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
td.path { overflow-wrap: anywhere; }
th { font-weight: 600; color: var(--muted); font-size: .8rem; }
tbody tr:last-child td { border-bottom: 0; }
.card { background: var(--paper); border: 1px solid var(--line); border-left: .35rem solid var(--low); border-radius: .5rem;
  padding: 1rem; margin: 0 0 1rem; }
.card.high { border-left-color: var(--high); }
.card.medium { border-left-color: var(--medium); }
.card header { display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; }
.card h3 { flex-basis: 100%; margin: .35rem 0 0; font-size: 1.08rem; line-height: 1.35; overflow-wrap: anywhere; }
.card .notes { margin: .5rem 0 0; font-size: .9rem; color: var(--muted); }
.positions { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: .75rem; margin-top: .85rem; }
.position { border: 1px solid var(--line); border-radius: .45rem; padding: .7rem .8rem; min-width: 0; background: #fbfcfd; }
.position .value { margin: 0; font-size: 1.05rem; font-weight: 650; overflow-wrap: anywhere; }
.position .value code { font-weight: 400; color: var(--muted); }
.position .label { margin: .15rem 0 0; font-size: .88rem; color: var(--muted); overflow-wrap: anywhere; }
.outlets { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; padding: 0; margin: .5rem 0 0; }
.outlets li { background: #e8edf5; border-radius: .3rem; padding: 0 .45rem; font-size: .85rem; overflow-wrap: anywhere; }
.evidence { list-style: none; padding: 0; margin: .6rem 0 0; }
.evidence li { border-top: 1px dashed var(--line); padding-top: .5rem; margin-top: .5rem; }
.evidence blockquote { margin: 0; font-size: .92rem; overflow-wrap: anywhere; }
.evidence .where { display: block; margin-top: .2rem; font-size: .8rem; color: var(--muted); overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: .15em; }
.figure { background: var(--paper); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; overflow-x: auto; }
svg.timeline { display: block; max-width: 100%; height: auto; font-family: system-ui, "DejaVu Sans", sans-serif; }
svg.timeline .lane-line { stroke: #9aa6b8; stroke-width: 3; stroke-linecap: round; }
svg.timeline .lane-name { font-size: 12px; font-weight: 600; fill: var(--muted); }
svg.timeline .dot { fill: var(--accent); stroke: #fff; stroke-width: 2; }
svg.timeline .inferred .dot { fill: #fff; stroke: var(--accent); stroke-dasharray: 3 2; }
svg.timeline .disputed .dot { fill: var(--high); }
svg.timeline .other-date .dot { fill: #fff; stroke: var(--high); stroke-width: 2.5; }
svg.timeline .date { font-size: 12.5px; fill: var(--muted); font-variant-numeric: tabular-nums; }
svg.timeline .disputed .date { fill: var(--high); font-weight: 650; }
svg.timeline .label { font-size: 13px; fill: var(--ink); font-weight: 600; }
svg.timeline .other-date .label { fill: var(--muted); font-weight: 500; font-style: italic; }
svg.timeline .detail { font-size: 12px; fill: var(--muted); }
svg.timeline .disputed .detail { fill: var(--high); }
svg.timeline .bracket { fill: none; stroke: var(--high); stroke-width: 2; }
svg.timeline .bracket-mark { font-size: 14px; font-weight: 700; fill: var(--high); }
details { margin-top: .75rem; }
summary { cursor: pointer; color: var(--accent); }
ul.problems { background: var(--paper); border: 1px solid var(--line); border-radius: .5rem; margin: 0; padding: .5rem .75rem .5rem 2rem; }
ul.problems li { margin: .25rem 0; overflow-wrap: anywhere; }
footer.page { max-width: 62rem; margin: 2rem auto 0; padding: 1rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--line); }
@media (max-width: 30rem) {
  body { font-size: 15px; }
  main { padding: .6rem; }
  .card { padding: .75rem; }
  .positions { grid-template-columns: 1fr; }
}
@media screen and (max-width: 40rem) {
  table.stack thead { display: none; }
  table.stack tr { display: block; padding: .35rem 0; border-bottom: 1px solid var(--line); }
  table.stack tbody tr:last-child { border-bottom: 0; }
  table.stack td { display: block; border: 0; padding: .1rem .7rem; white-space: normal; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .8rem; }
  table.stack td:empty { display: none; }
}
@media print {
  @page { margin: 14mm; }
  body { background: #fff; font-size: 10.5pt; }
  header.page { background: none; color: var(--ink); border-bottom: 2px solid var(--ink); }
  header.page p { color: var(--muted); }
  nav.toc, details > summary { display: none; }
  h2, h3, section > p.lead { break-after: avoid; }
  main { max-width: none; padding: 0; }
  .card, .position, .stats div, .figure, tr { break-inside: avoid; }
  .card, .stats div, .figure, .table-wrap, ul.problems { border-color: #999; }
  mark, .badge, .card, svg.timeline { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .figure { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
`;
