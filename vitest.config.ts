import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: a test that spawns the CLI must not fail because the machine is busy.
    testTimeout: 180_000,
    // The story and browser set-ups run the CLI several times; on a busy 2-core machine that can take minutes.
    hookTimeout: 300_000,
    // The built CLI (dist/) is loaded by Node itself, as bin/crosscheck.js loads it, not transformed by Vite.
    server: { deps: { external: [/\/dist\//] } },
    pool: 'forks',
    // Vitest uses one worker fewer than the cores; most time here is spent waiting for CLI child processes, so
    // two workers on two cores keep the machine busy. No test mutates globals or mocks modules, so files can
    // share a worker's module cache instead of loading compromise once per file.
    poolOptions: { forks: { maxForks: 2, minForks: 1, isolate: false } },
  },
});
