// Writes schema/config.schema.json from the config module, whose kinds come from the comparator registry.
// Run after `npm run build`: node scripts/config-schema.mjs (a test fails while the file is out of date).
import { writeFileSync } from 'node:fs';
import { configSchema } from '../dist/cli/config-schema.js';

const target = new URL('../schema/config.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(configSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
