// A report whose every string an article, a file name or a config could supply carries markup: tags that would
// run script, attribute break-outs, closers for the elements the page writes, controls and entities.
import type { Report } from '../../src/types.js';
import { WIRE, makeReport, span } from '../report/fixture.js';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';
export const BREAKOUT = '"><svg onload=alert(1)>';
export const CLOSERS = "</style></title></textarea><script>alert('x')</script><!--";
export const PAYLOAD = `${SCRIPT} ${IMG} ${BREAKOUT} ${CLOSERS} & &amp; \u0000\u0007`;

export function hostileReport(): Report {
  const r = makeReport();
  r.tool.name = `crosscheck ${SCRIPT}`;
  r.documents[0]!.outlet = IMG;
  r.documents[0]!.title = PAYLOAD;
  r.documents[1]!.path = `corpus/${BREAKOUT}.txt`;
  r.skipped = [{ path: `corpus/${IMG}.txt`, reason: PAYLOAD }];
  r.warnings = [{ code: BREAKOUT, message: PAYLOAD, path: `corpus/${SCRIPT}.txt`, line: 3 }];
  // The date disagreement about the call (the fixture lists it last).
  const d = r.disagreements[2]!;
  d.id = BREAKOUT;
  d.topic = PAYLOAD;
  d.selfInconsistent = [IMG];
  d.positions[0]!.value = BREAKOUT;
  d.positions[0]!.label = PAYLOAD;
  d.positions[0]!.outlets = [IMG, SCRIPT];
  d.positions[0]!.evidence = [span(WIRE, 12, 5, `The outlet wrote ${SCRIPT} and ${IMG} on October 14.`, IMG)];
  d.positions[1]!.evidence = [span(`corpus/${SCRIPT}.txt`, 7, 1, PAYLOAD, SCRIPT)];
  r.events[1]!.label = PAYLOAD;
  r.events[1]!.id = BREAKOUT;
  r.events[1]!.participants = [SCRIPT, IMG];
  r.events[1]!.outlets = [IMG];
  return r;
}
