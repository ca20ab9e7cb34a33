import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Far above what any test needs (the slowest take a few seconds on an idle machine): a test must never fail
    // because the two cores are busy with other work.
    testTimeout: 180_000,
    // The story, corpus and browser set-ups run the CLI several times or start Chromium.
    hookTimeout: 300_000,
    // The built CLI (dist/) is loaded by Node itself, as bin/crosscheck.js loads it, not transformed by Vite.
    server: { deps: { external: [/\/dist\//] } },
    pool: 'forks',
    // Two workers on two cores (three crashed a worker before). Most CLI tests call main() in-process
    // (test/support/run-cli.ts), so they are CPU-bound in the worker; no test mutates globals or mocks modules, so
    // files share a worker's module cache instead of loading compromise once per file.
    poolOptions: { forks: { maxForks: 2, minForks: 1, isolate: false } },
  },
});
