// The layering of src/, as a test over its import graph: a stage imports only the stages below it, so that the
// next backwards arrow fails here rather than tangling the pipeline. ARCHITECTURE.md shows the same order.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './word-lists.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/**
 * Layers, lowest first. A module may import modules of its own folder and of lower layers only; folders that share
 * a layer (ingest and time) are independent of each other.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['types'],
  ['types.ts'],
  ['util'],
  ['lexicon'],
  ['ingest', 'time'],
  ['text'],
  ['extract'],
  ['resolve'],
  ['align'],
  ['compare'],
  ['report'],
  ['pipeline'],
  ['cli'],
  ['index.ts'],
];

/** The folder (or top-level file) a path in src/ belongs to. */
function unitOf(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0]!;
}

function layerOf(unit: string): number {
  const layer = LAYERS.findIndex((units) => units.includes(unit));
  if (layer < 0) throw new Error(`src/${unit} is in no layer: add it to LAYERS in test/architecture/imports.test.ts`);
  return layer;
}

const IMPORT = /^\s*(?:import|export)\b[^'";]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The files of src/ a file imports (relative imports only; packages are not part of the layering). */
function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (!spec.startsWith('.')) continue;
    out.push(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
  }
  return out;
}

interface Edge {
  from: string;
  to: string;
}

function edges(): Edge[] {
  return sourceFiles(SRC).flatMap((from) => importsOf(from).map((to) => ({ from, to })));
}

const name = (file: string): string => relative(ROOT, file);

/** Arrows that point up or sideways between layers. */
function backwards(list: Edge[]): string[] {
  return list
    .filter(({ from, to }) => {
      const [a, b] = [unitOf(from), unitOf(to)];
      return a !== b && layerOf(b) >= layerOf(a);
    })
    .map(({ from, to }) => `${name(from)} → ${name(to)}`);
}

/** The modules a registry file lists: the files it imports a name matching `pattern` from. */
function registered(registry: string, pattern: RegExp): Set<string> {
  const text = readFileSync(registry, 'utf8');
  const files = new Set<string>();
  for (const m of text.matchAll(/^import\s+\{([^}]*)\}\s+from\s+['"](\.[^'"]+)['"]/gm)) {
    if (m[1]!.split(',').some((n) => pattern.test(n.trim()))) files.add(resolve(dirname(registry), m[2]!).replace(/\.js$/, '.ts'));
  }
  return files;
}

/** Imports from one member of a family (extractors, comparators) to another: shared code belongs in a helper. */
function siblingImports(list: Edge[], members: Set<string>, registry: string): string[] {
  return list.filter(({ from, to }) => from !== registry && members.has(from) && members.has(to)).map(({ from, to }) => `${name(from)} → ${name(to)}`);
}

describe('import layering', () => {
  const graph = edges();

  it('reads the import graph (the scan itself works)', () => {
    expect(graph.length).toBeGreaterThan(100);
    expect(graph.some(({ from, to }) => name(from) === 'src/extract/attribution.ts' && name(to) === 'src/extract/speakers.ts')).toBe(true);
  });

  it('every folder of src/ has a layer', () => {
    for (const file of sourceFiles(SRC)) expect(() => layerOf(unitOf(file))).not.toThrow();
  });

  it('no stage imports a stage above it or beside it', () => {
    expect(backwards(graph)).toEqual([]);
  });

  it('flags a backwards arrow (the check can fail)', () => {
    const fake = { from: join(SRC, 'text', 'mentions.ts'), to: join(SRC, 'resolve', 'names.ts') };
    expect(backwards([fake])).toEqual(['src/text/mentions.ts → src/resolve/names.ts']);
  });

  it('no extractor imports another extractor (shared parsing lives in helpers such as extract/speakers.ts)', () => {
    const registry = join(SRC, 'extract', 'index.ts');
    const extractors = registered(registry, /Extractor$/);
    expect(extractors.size).toBeGreaterThanOrEqual(6);
    expect(siblingImports(graph, extractors, registry)).toEqual([]);
  });

  it('no comparator imports another comparator (shared code lives in compare/ helpers or util/)', () => {
    const registry = join(SRC, 'compare', 'registry.ts');
    const comparators = registered(registry, /^compare[A-Z]/);
    expect(comparators.size).toBeGreaterThanOrEqual(6);
    expect(siblingImports(graph, comparators, registry)).toEqual([]);
  });
});
