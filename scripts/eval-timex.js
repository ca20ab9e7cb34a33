#!/usr/bin/env node
// Scores the temporal tagger on TimeML (.tml) files with the TempEval-3 measures.
// Usage: node scripts/eval-timex.js DIR [DIR...] [--split dev|test|all] [--errors N] [--json]
// It imports the BUILT tagger (run `npm run build` first). TIMEX_IMPL may point at another
// module exporting the same `tagTimexes` (used to benchmark alternative parsers).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Strips inline tags from the TEXT element, keeping gold TIMEX3 spans as offsets in the stripped text. */
export function parseTml(xml) {
  const dctMatch = /<DCT>[\s\S]*?<TIMEX3[^>]*value="([^"]*)"[^>]*>[\s\S]*?<\/DCT>/.exec(xml)
    ?? /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="([^"]*)"/.exec(xml)
    ?? /<TIMEX3[^>]*value="([^"]*)"[^>]*functionInDocument="CREATION_TIME"/.exec(xml);
  const dct = dctMatch ? dctMatch[1].slice(0, 10) : null;
  const textStart = xml.indexOf('<TEXT>');
  const textEnd = xml.indexOf('</TEXT>');
  const raw = textStart >= 0 ? xml.slice(textStart + 6, textEnd >= 0 ? textEnd : undefined) : xml;
  let text = '';
  const gold = [];
  let open = null;
  for (let i = 0; i < raw.length; ) {
    const ch = raw[i];
    if (ch === '<') {
      const close = raw.indexOf('>', i);
      const tag = raw.slice(i + 1, close);
      if (/^TIMEX3\b/.test(tag)) {
        const attr = (name) => (new RegExp(`\\b${name}="([^"]*)"`).exec(tag) ?? [])[1] ?? null;
        open = { start: text.length, type: attr('type'), value: attr('value') };
        if (tag.endsWith('/')) open = null; // empty (non-consuming) timex: not scorable by span
      } else if (/^\/TIMEX3\b/.test(tag) && open) {
        gold.push({ ...open, end: text.length, text: text.slice(open.start) });
        open = null;
      }
      i = close + 1;
    } else if (ch === '&') {
      const semi = raw.indexOf(';', i);
      const name = raw.slice(i + 1, semi);
      let decoded = ENTITIES[name];
      if (decoded === undefined && name.startsWith('#')) {
        decoded = String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
      }
      if (decoded !== undefined && semi > i && semi - i < 10) {
        text += decoded;
        i = semi + 1;
      } else {
        text += ch;
        i++;
      }
    } else {
      text += ch;
      i++;
    }
  }
  return { dct, text, gold };
}

/** Deterministic split: files whose name hashes to 0 mod 5 are held out as 'test'. */
export function splitOf(fileName) {
  let hash = 2166136261;
  for (const ch of fileName) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % 5 === 0 ? 'test' : 'dev';
}

function listTml(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTml(path));
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** One-to-one matching of system to gold spans; exact matches are paired first so strict scores are not lost. */
function match(gold, system) {
  const pairs = [];
  const usedSystem = new Set();
  const usedGold = new Set();
  for (const exactOnly of [true, false]) {
    gold.forEach((g, gi) => {
      if (usedGold.has(gi)) return;
      const si = system.findIndex(
        (s, k) => !usedSystem.has(k) && (exactOnly ? s.start === g.start && s.end === g.end : overlaps(s, g)),
      );
      if (si >= 0) {
        usedGold.add(gi);
        usedSystem.add(si);
        pairs.push({ gold: g, system: system[si] });
      }
    });
  }
  return { pairs, missed: gold.filter((_, i) => !usedGold.has(i)), spurious: system.filter((_, i) => !usedSystem.has(i)) };
}

const prf = (hits, systemCount, goldCount) => {
  const p = systemCount ? hits / systemCount : 0;
  const r = goldCount ? hits / goldCount : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export async function evaluate(dirs, { split = 'all', errors = 0, tagTimexes }) {
  const totals = { files: 0, chars: 0, ms: 0, gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
  const errorLines = [];
  for (const dir of dirs) {
    for (const path of listTml(dir)) {
      if (split !== 'all' && splitOf(basename(path)) !== split) continue;
      const { dct, text, gold } = parseTml(readFileSync(path, 'utf8'));
      const t0 = performance.now();
      const system = tagTimexes(text, { publicationDate: dct, resolveAnaphora: true });
      totals.ms += performance.now() - t0;
      totals.files++;
      totals.chars += text.length;
      totals.gold += gold.length;
      totals.system += system.length;
      const { pairs, missed, spurious } = match(gold, system);
      for (const { gold: g, system: s } of pairs) {
        totals.relaxed++;
        if (g.start === s.start && g.end === s.end) totals.strict++;
        if (g.value === s.value) totals.value++;
        else if (errorLines.length < errors) {
          errorLines.push(`VALUE ${basename(path)} dct=${dct} "${g.text}" gold=${g.value} | "${s.text}" got=${s.value}${process.env.TIMEX_CONTEXT ? `  …${context(text, s)}…` : ''}`);
        }
        if (g.type === s.type) totals.type++;
      }
      for (const g of missed) {
        if (errorLines.length < errors) errorLines.push(`MISS  ${basename(path)} "${g.text}" ${g.type} ${g.value}  …${context(text, g)}…`);
      }
      for (const s of spurious) {
        if (errorLines.length < errors) errorLines.push(`EXTRA ${basename(path)} "${s.text}" ${s.type} ${s.value}  …${context(text, s)}…`);
      }
    }
  }
  return {
    files: totals.files,
    gold: totals.gold,
    system: totals.system,
    strict: prf(totals.strict, totals.system, totals.gold),
    relaxed: prf(totals.relaxed, totals.system, totals.gold),
    value: prf(totals.value, totals.system, totals.gold),
    typeAccuracy: totals.relaxed ? totals.type / totals.relaxed : 0,
    kbPerSecond: totals.ms ? totals.chars / 1024 / (totals.ms / 1000) : 0,
    errors: errorLines,
  };
}

function context(text, span) {
  return text.slice(Math.max(0, span.start - 40), span.end + 40).replace(/\s+/g, ' ');
}

function parseArgs(argv) {
  const options = { dirs: [], split: 'all', errors: 0, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--split') options.split = argv[++i];
    else if (arg.startsWith('--split=')) options.split = arg.slice(8);
    else if (arg === '--errors') options.errors = Number(argv[++i]);
    else if (arg.startsWith('--errors=')) options.errors = Number(arg.slice(9));
    else if (arg === '--json') options.json = true;
    else options.dirs.push(arg);
  }
  if (!['all', 'dev', 'test'].includes(options.split)) throw new Error(`--split must be dev, test or all (got ${options.split})`);
  if (options.dirs.length === 0) throw new Error('usage: eval-timex.js DIR [DIR...] [--split dev|test|all] [--errors N] [--json]');
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const implUrl = process.env.TIMEX_IMPL
    ? pathToFileURL(process.env.TIMEX_IMPL).href
    : new URL('../dist/time/index.js', import.meta.url).href;
  const { tagTimexes } = await import(implUrl);
  const result = await evaluate(options.dirs, { ...options, tagTimexes });
  console.log(options.json ? JSON.stringify(result, null, 2) : formatReport(result, options.split));
}

/** The printed report: error lines first, then counts and the TempEval-3 measures in percent. */
export function formatReport(result, split = 'all') {
  const pct = (x) => (x * 100).toFixed(1).padStart(5);
  const row = (name, m) => `${name.padEnd(8)} P=${pct(m.p)}  R=${pct(m.r)}  F1=${pct(m.f1)}`;
  return [
    ...result.errors,
    `files=${result.files} gold=${result.gold} system=${result.system} split=${split}`,
    row('strict', result.strict),
    row('relaxed', result.relaxed),
    row('value', result.value),
    `type accuracy=${pct(result.typeAccuracy)}  throughput=${result.kbPerSecond.toFixed(0)} KB/s`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
