// JSON Schema validators for the tests: our report schema (2020-12) and the official SARIF schema (draft-04).
import { readFileSync } from 'node:fs';
import { sharedFile } from '../support/shared.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvDraft04Module from 'ajv-draft-04';
import ajvFormatsModule from 'ajv-formats';

// These CommonJS packages export only `default`; under NodeNext the default import is the whole module.
const AjvDraft04 = ajvDraft04Module.default;
const addFormats = ajvFormatsModule.default;

const REPORT_SCHEMA_PATH = new URL('../../schema/report.schema.json', import.meta.url);
/** The official SARIF 2.1.0 schema, from ../shared: tests that validate against it skip or fail as SharedFile says. */
export const SARIF_SCHEMA = sharedFile('data/sarif/sarif-schema-2.1.0.json');

export function readJson(path: string | URL): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function reportValidator() {
  // allowUnionTypes: the schema says `"type": ["string", "null"]` for nullable fields, which is standard.
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(readJson(REPORT_SCHEMA_PATH) as object);
}

export function sarifValidator() {
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(readJson(SARIF_SCHEMA.require()) as object);
}
