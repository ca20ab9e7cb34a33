// compromise, loaded from its single-file CommonJS build. Its ESM entry is some 300 modules, and resolving and
// linking them costs about a quarter of the start-up of a small run; the bundled build is the same code and version.
// Everything that needs compromise imports it from here, so one copy is ever loaded.
import { createRequire } from 'node:module';
import type compromise from 'compromise';

const load = createRequire(import.meta.url);
const nlp = load('compromise') as typeof compromise;

export default nlp;
