// The library baseline for the parser comparison in ARCHITECTURE.md: chrono-node used raw, read through the
// same harness (TIMEX_IMPL=scripts/timex-adapters/chrono-raw.mjs npm run eval:timex -- DIR).
import * as chrono from 'chrono-node';
const pad = (n) => String(n).padStart(2, '0');
export function tagTimexes(text, { publicationDate }) {
  const ref = publicationDate ? new Date(publicationDate + 'T12:00:00Z') : new Date(0);
  return chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false }).map((r) => {
    const c = r.start;
    let value;
    const y = c.get('year'), m = c.get('month'), d = c.get('day');
    if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month')) value = `${y}-${pad(m)}-${pad(d)}`;
    else if (c.isCertain('month')) value = `${y}-${pad(m)}`;
    else value = `${y}`;
    if (!c.isCertain('day') && !c.isCertain('month') && c.isCertain('year')) value = `${y}`;
    return { start: r.index, end: r.index + r.text.length, text: r.text, type: 'DATE', value, granularity: 'day', range: null, inferred: [] };
  });
}
