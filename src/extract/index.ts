import type { Extractor } from '../types.js';
import { eventExtractor } from './events.js';
import { attributionExtractor } from './attribution.js';
import { quoteExtractor } from './quotes.js';
import { authenticityExtractor } from './authenticity.js';
import { figureExtractor } from './figures.js';
import { roleExtractor } from './roles.js';

/** Every extractor, run on every readable sentence. To add one, write `extract/<name>.ts` and list it here. */
export const EXTRACTORS: readonly Extractor[] = [
  eventExtractor,
  attributionExtractor,
  quoteExtractor,
  authenticityExtractor,
  figureExtractor,
  roleExtractor,
];
