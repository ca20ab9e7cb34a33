#!/usr/bin/env node
// Scores crosscheck against the hand-written gold standard in eval/gold/ (see eval/gold/README.md).
//
//   node scripts/eval-gold.mjs [--only ecbplus|gva|gva-mixed|fnc] [--data DIR] [--gold DIR] [--bin FILE]
//                              [--save DIR] [--lenient] [--verbose] [--timeout S]
//
// For each gold file it runs `node BIN <data>/<folder> --format json --fail-on none -q` and matches the reported
// disagreements against the file's `required` items (optional ones included) and `traps`:
//   - a disagreement matches a gold item when the kind is equal and two different sides of the item are each met
//     by a different position: the position's value equals one of the side's values (dates: the intervals
//     overlap; numbers: numerically equal; '*' is any value) and its evidence comes from one of the side's files
//     (and, when the item or side has a `context` pattern, the words around that evidence's excerpt match it);
//   - a disagreement that matches no required/optional item hits a trap when it matches the trap in the same way;
//   - every other disagreement is unmatched: listed for review, and counted as false in precision unless
//     --lenient (then precision is computed over matched + trap-hitting disagreements only).
// Findings of kind single-source are not disputes and are not scored.
// Plain Node ESM, no dependencies.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SETS = ['ecbplus', 'gva', 'gva-mixed', 'fnc'];

function parseArgs(argv) {
  const opts = {
    only: null,
    data: resolve(root, '../shared/data'),
    gold: join(root, 'eval/gold'),
    bin: join(root, 'bin/crosscheck.js'),
    save: null,
    lenient: false,
    verbose: false,
    timeout: 300,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--only') opts.only = next();
    else if (a === '--data') opts.data = resolve(next());
    else if (a === '--gold') opts.gold = resolve(next());
    else if (a === '--bin') opts.bin = resolve(next());
    else if (a === '--save') opts.save = resolve(next());
    else if (a === '--timeout') opts.timeout = Number(next());
    else if (a === '--lenient') opts.lenient = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--help' || a === '-h') usage(null);
    else usage(`unknown option ${a}`);
  }
  if (opts.only && !SETS.includes(opts.only)) usage(`--only must be one of ${SETS.join(', ')}`);
  return opts;
}

function usage(message) {
  if (message) process.stderr.write(`eval-gold: ${message}\n`);
  process.stderr.write(
    'usage: node scripts/eval-gold.mjs [--only ecbplus|gva|gva-mixed|fnc] [--data DIR] [--gold DIR] [--bin FILE] ' +
      '[--save DIR] [--lenient] [--verbose] [--timeout S]\n',
  );
  process.exit(message ? 2 : 0);
}

// ---------- values ----------

function alternatives(value) {
  return String(value)
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean);
}

const DAY = 86400000;

// A date value as a half-open interval of UTC milliseconds, or null when it is not a date.
function dateInterval(value) {
  const v = String(value).trim();
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?)?/.exec(v))) {
    const start = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return [start, start + DAY];
  }
  if ((m = /^(\d{4})-W(\d{2})/.exec(v))) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
    const start = jan4 - dow * DAY + (+m[2] - 1) * 7 * DAY;
    return [start, start + 7 * DAY];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    return [Date.UTC(+m[1], (+m[2] - 1) * 3, 1), Date.UTC(+m[1], +m[2] * 3, 1)];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 1)];
  if ((m = /^(\d{4})$/.exec(v))) return [Date.UTC(+m[1], 0, 1), Date.UTC(+m[1] + 1, 0, 1)];
  return null;
}

function words(text) {
  return String(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

const STANCE_ALIASES = { true: 'authentic', genuine: 'authentic', real: 'authentic', false: 'fake', hoax: 'fake' };
function stance(v) {
  const s = String(v).trim().toLowerCase();
  return STANCE_ALIASES[s] ?? s;
}

function valueMatches(kind, reported, goldValue) {
  return alternatives(goldValue).some((g) => {
    if (g === '*') return true;
    const r = String(reported ?? '').trim();
    if (kind === 'date') {
      const a = dateInterval(r);
      const b = dateInterval(g);
      if (a && b) return a[0] < b[1] && b[0] < a[1];
      return r.toLowerCase() === g.toLowerCase();
    }
    if (kind === 'number') {
      const a = Number(r.replace(/,/g, ''));
      const b = Number(g.replace(/,/g, ''));
      if (r !== '' && g !== '' && Number.isFinite(a) && Number.isFinite(b)) return Math.abs(a - b) < 1e-9;
      return r.toLowerCase() === g.toLowerCase();
    }
    if (kind === 'authenticity') return stance(r) === stance(g);
    // quotes and attributions: the gold value is a distinctive fragment of the wording (or the speaker's name)
    const a = words(r);
    const b = words(g);
    return b !== '' && (a.includes(b) || (a !== '' && b.includes(a)));
  });
}

// ---------- matching ----------

function positionFiles(position) {
  const files = new Set();
  for (const e of position.evidence ?? []) if (e && e.path) files.add(basename(String(e.path)));
  return files;
}

// The words around the part of the sentence that carries the value (the evidence excerpt), so that a `context`
// pattern checks what the number counts, not what else the sentence mentions.
const WINDOW = 40;
function evidenceWindow(e) {
  const text = String(e.text ?? '');
  const excerpt = String(e.excerpt ?? '');
  const at = excerpt ? text.indexOf(excerpt) : -1;
  if (at < 0) return text;
  return text.slice(Math.max(0, at - WINDOW), at + excerpt.length + WINDOW);
}

function sideMet(kind, position, side, context) {
  if (!valueMatches(kind, position.value, side.value)) return false;
  const files = Array.isArray(side.files) ? side.files.map((f) => basename(f)) : [];
  const pattern = side.context ?? context;
  const evidence = (position.evidence ?? []).filter((e) => e && e.path && (files.length === 0 || files.includes(basename(String(e.path)))));
  if (files.length > 0 && evidence.length === 0) return false;
  if (!pattern) return true;
  const re = new RegExp(pattern, 'i');
  return evidence.some((e) => re.test(evidenceWindow(e)));
}

// True when two different sides are met by two different positions.
function matchesItem(d, item) {
  if (d.kind !== item.kind) return false;
  const positions = d.positions ?? [];
  const sides = item.sides ?? [];
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      for (let a = 0; a < positions.length; a++) {
        if (!sideMet(item.kind, positions[a], sides[i], item.context)) continue;
        for (let b = 0; b < positions.length; b++) {
          if (b !== a && sideMet(item.kind, positions[b], sides[j], item.context)) return true;
        }
      }
    }
  }
  return false;
}

function describe(d) {
  const pos = (d.positions ?? [])
    .map((p) => `${p.value} [${[...positionFiles(p)].join(', ')}]`)
    .join('  vs  ');
  return `${d.kind}: ${d.topic ?? ''} — ${pos}`;
}

function setOf(goldFile, gold) {
  const prefix = basename(goldFile).split('__')[0];
  if (SETS.includes(prefix)) return prefix;
  const f = String(gold.folder ?? '');
  if (f.startsWith('ecbplus-dev/')) return 'ecbplus';
  if (f.startsWith('realnews-dev/gva-mixed/')) return 'gva-mixed';
  if (f.startsWith('realnews-dev/gva/')) return 'gva';
  if (f.startsWith('realnews-dev/fnc/')) return 'fnc';
  return 'other';
}

// ---------- run ----------

function runCrosscheck(opts, folder) {
  const res = spawnSync(process.execPath, [opts.bin, folder, '--format', 'json', '--fail-on', 'none', '-q'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: opts.timeout * 1000,
  });
  if (res.error) return { error: res.error.message };
  if (res.status !== 0 && res.status !== 1) return { error: `exit ${res.status}: ${(res.stderr || '').trim().split('\n')[0]}` };
  try {
    return { report: JSON.parse(res.stdout) };
  } catch {
    return { error: 'no JSON on stdout' };
  }
}

function scoreFolder(gold, report) {
  const requiredItems = (gold.required ?? []).map((item, index) => ({ item, index, found: false }));
  const traps = (gold.traps ?? []).map((item, index) => ({ item, index, hits: 0 }));
  // The gold lists disputes between outlets; single-source findings (who the outlets rest on) are not disputes
  // and are left out of both recall and precision.
  const reported = (report.disagreements ?? []).filter((d) => d.kind !== 'single-source');
  const matched = [];
  const trapped = [];
  const unmatched = [];
  for (const d of reported) {
    const hits = requiredItems.filter((r) => matchesItem(d, r.item));
    if (hits.length) {
      for (const h of hits) h.found = true;
      matched.push({ d, items: hits.map((h) => h.index) });
      continue;
    }
    const trapHits = traps.filter((t) => matchesItem(d, t.item));
    if (trapHits.length) {
      for (const t of trapHits) t.hits++;
      trapped.push({ d, traps: trapHits.map((t) => t.index) });
      continue;
    }
    unmatched.push(d);
  }
  const mandatory = requiredItems.filter((r) => !r.item.optional);
  return {
    required: mandatory.length,
    requiredFound: mandatory.filter((r) => r.found).length,
    optional: requiredItems.length - mandatory.length,
    optionalFound: requiredItems.filter((r) => r.item.optional && r.found).length,
    reported: reported.length,
    correct: matched.length,
    trapHits: trapped.length,
    trapsHit: traps.filter((t) => t.hits > 0).length,
    traps: traps.length,
    unmatched: unmatched.length,
    missed: mandatory.filter((r) => !r.found).map((r) => r.item),
    matched,
    trapped,
    unmatchedList: unmatched,
    traps_: traps,
  };
}

function ratio(a, b) {
  return b === 0 ? '  –  ' : (a / b).toFixed(3);
}

function precisionOf(s, lenient) {
  const denom = lenient ? s.correct + s.trapHits : s.reported;
  return [s.correct, denom];
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.data)) {
    console.log(`eval-gold: data folder ${opts.data} not found; skipped`);
    return 0;
  }
  if (!existsSync(opts.gold)) {
    console.log(`eval-gold: gold folder ${opts.gold} not found; skipped`);
    return 0;
  }
  if (!existsSync(opts.bin)) {
    console.error(`eval-gold: ${opts.bin} not found (run npm run build)`);
    return 2;
  }
  const files = readdirSync(opts.gold)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const golds = [];
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(opts.gold, f), 'utf8'));
    const set = setOf(f, gold);
    if (opts.only && set !== opts.only) continue;
    if (gold.split && gold.split !== 'dev') {
      console.error(`eval-gold: ${f} is not a dev-split folder; skipped`);
      continue;
    }
    golds.push({ file: f, gold, set });
  }
  if (opts.save) mkdirSync(opts.save, { recursive: true });

  const totals = {};
  const add = (key, s) => {
    const t = (totals[key] ??= { folders: 0, required: 0, requiredFound: 0, optional: 0, optionalFound: 0, reported: 0, correct: 0, trapHits: 0, trapsHit: 0, traps: 0, unmatched: 0, failed: 0 });
    t.folders++;
    for (const k of Object.keys(t)) if (k !== 'folders' && k !== 'failed' && typeof s[k] === 'number') t[k] += s[k];
  };
  const review = [];
  const failures = [];
  const header = 'folder'.padEnd(44) + 'required  optional  correct/reported  traps hit  unmatched';
  console.log(header);
  for (const { file, gold, set } of golds) {
    const folder = join(opts.data, gold.folder);
    const name = gold.folder;
    if (!existsSync(folder)) {
      console.log(`${name.padEnd(44)}missing folder; skipped`);
      continue;
    }
    const { report, error } = runCrosscheck(opts, folder);
    if (error) {
      console.log(`${name.padEnd(44)}FAILED: ${error}`);
      failures.push({ folder: name, error });
      (totals[set] ??= { folders: 0, required: 0, requiredFound: 0, optional: 0, optionalFound: 0, reported: 0, correct: 0, trapHits: 0, trapsHit: 0, traps: 0, unmatched: 0, failed: 0 }).failed++;
      continue;
    }
    const s = scoreFolder(gold, report);
    add(set, s);
    add('all', s);
    const shortName = name.length > 43 ? name.slice(0, 40) + '...' : name;
    console.log(
      shortName.padEnd(44) +
        `${s.requiredFound}/${s.required}`.padEnd(10) +
        `${s.optionalFound}/${s.optional}`.padEnd(10) +
        `${s.correct}/${s.reported}`.padEnd(18) +
        `${s.trapHits}`.padEnd(11) +
        `${s.unmatched}`,
    );
    if (opts.verbose) {
      for (const m of s.matched) console.log(`    ok    ${describe(m.d)}`);
      for (const t of s.trapped) console.log(`    TRAP  ${describe(t.d)}  (trap: ${t.traps.map((i) => gold.traps[i].about).join('; ')})`);
      for (const item of s.missed) console.log(`    miss  ${item.kind}: ${item.about} — ${item.sides.map((x) => x.value).join(' vs ')}`);
    }
    for (const d of s.unmatchedList) review.push({ folder: name, d });
    if (opts.save) {
      const safe = file.replace(/\.json$/, '');
      writeFileSync(join(opts.save, `${safe}.report.json`), JSON.stringify(report, null, 2));
      writeFileSync(
        join(opts.save, `${safe}.score.json`),
        JSON.stringify(
          {
            folder: name,
            required: s.required,
            requiredFound: s.requiredFound,
            optional: s.optional,
            optionalFound: s.optionalFound,
            reported: s.reported,
            correct: s.correct,
            trapHits: s.trapHits,
            missed: s.missed.map((i) => ({ kind: i.kind, about: i.about })),
            matched: s.matched.map((m) => ({ kind: m.d.kind, topic: m.d.topic, values: m.d.positions.map((p) => p.value), items: m.items.map((i) => gold.required[i].about) })),
            trapped: s.trapped.map((t) => ({ kind: t.d.kind, topic: t.d.topic, values: t.d.positions.map((p) => p.value), traps: t.traps.map((i) => gold.traps[i].about) })),
            unmatched: s.unmatchedList.map((d) => ({ kind: d.kind, topic: d.topic, positions: d.positions.map((p) => ({ value: p.value, files: [...positionFiles(p)], excerpt: p.evidence?.[0]?.excerpt })) })),
          },
          null,
          2,
        ),
      );
    }
  }

  if (review.length) {
    console.log(`\nunmatched disagreements (review by hand; counted as false${opts.lenient ? ' only without --lenient' : ''}):`);
    for (const { folder, d } of review) console.log(`  ${folder}: ${describe(d)}`);
  }
  if (failures.length) {
    console.log('\nfailed runs:');
    for (const f of failures) console.log(`  ${f.folder}: ${f.error}`);
  }

  console.log('\nset         folders  recall (required found)  optional found  precision (correct/reported)  traps hit  unmatched');
  for (const key of [...SETS, 'other', 'all']) {
    const t = totals[key];
    if (!t) continue;
    const [pc, pd] = precisionOf(t, opts.lenient);
    console.log(
      key.padEnd(12) +
        `${t.folders}${t.failed ? ` (+${t.failed} failed)` : ''}`.padEnd(9) +
        `${ratio(t.requiredFound, t.required)} (${t.requiredFound}/${t.required})`.padEnd(25) +
        `${t.optionalFound}/${t.optional}`.padEnd(16) +
        `${ratio(pc, pd)} (${pc}/${pd})`.padEnd(30) +
        `${t.trapHits}`.padEnd(11) +
        `${t.unmatched}`,
    );
  }
  const all = totals.all;
  if (all) {
    const [pc, pd] = precisionOf(all, opts.lenient);
    const line = `eval-gold: ${all.folders} folders, recall ${ratio(all.requiredFound, all.required)} (${all.requiredFound}/${all.required}), precision ${ratio(pc, pd)} (${pc}/${pd}${opts.lenient ? ', lenient' : ''}), traps hit ${all.trapHits}, unmatched ${all.unmatched}${failures.length ? `, ${failures.length} failed` : ''}`;
    console.log(line);
    if (opts.save) writeFileSync(join(opts.save, 'summary.json'), JSON.stringify({ lenient: opts.lenient, totals, failures }, null, 2));
  }
  return failures.length ? 1 : 0;
}

process.exitCode = main();
