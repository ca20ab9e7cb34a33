// The compromise-dates baseline of the parser comparison. compromise-dates is not a dependency: install it
// beside the project first (npm install --no-save compromise-dates), then
// TIMEX_IMPL=scripts/timex-adapters/compromise-dates.mjs npm run eval:timex -- DIR.
import nlp from 'compromise';
import dates from 'compromise-dates';
nlp.plugin(dates);
export function tagTimexes(text, { publicationDate }) {
  const doc = nlp(text);
  let json = [];
  try { json = doc.dates({ today: publicationDate ?? undefined }).json({ offset: true }); } catch { return []; }
  const out = [];

  for (const m of json) {
    const o = m.offset; const d = m.dates || m.date || {};
    let value = null;
    if (d.start) {
      const s = d.start.slice(0, 10);
      value = d.unit === 'month' ? s.slice(0, 7) : d.unit === 'year' ? s.slice(0, 4) : s;
    }
    out.push({ start: o.start, end: o.start + o.length, text: m.text, type: 'DATE', value, granularity: 'day', range: null, inferred: [] });
  }
  return out;
}
