// How sure a comparator is that two sides are about the same thing and really differ. Precision comes first: the
// default report shows only what a careful reader would accept, `--min-confidence` shows more.

/** Disagreements under this confidence are left out of the default report. */
export const DEFAULT_MIN_CONFIDENCE = 0.6;

export interface Confidence {
  confidence: number;
  reasons: string[];
}

/**
 * A confidence built from a base (why the sides are taken to be the same thing) and factors that raise or lower
 * it, each with its reason, so that a reader sees why a disagreement is shown or hidden.
 */
export class ConfidenceBuilder {
  private value: number;
  private readonly reasons: string[];

  constructor(base: number, reason: string) {
    this.value = base;
    this.reasons = [reason];
  }

  /** Multiplies by `factor` (below 1 lowers, above 1 raises) when `when` holds. */
  adjust(when: boolean, factor: number, reason: string): this {
    if (!when) return this;
    this.value *= factor;
    this.reasons.push(reason);
    return this;
  }

  /** Caps the value when `when` holds: a doubt no other evidence can outweigh. */
  cap(when: boolean, ceiling: number, reason: string): this {
    if (!when) return this;
    this.value = Math.min(this.value, ceiling);
    this.reasons.push(reason);
    return this;
  }

  build(): Confidence {
    return { confidence: Math.round(Math.min(1, Math.max(0, this.value)) * 100) / 100, reasons: this.reasons };
  }
}
