/** The keys of the tax functions' inputs (internal: src/boundary/strict.ts refuses a key near one of them). */
import type { StrictShape } from '../boundary/index.js';

/** The keys convertPrice takes (a key near one of them is refused; formatTaxIncludedPrice adds its own two). */
export const CONVERT_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: Object.freeze(['amountYen', 'basis', 'on', 'rounding', 'month', 'explain', 'rateKind', 'taxTable', 'statedRatePercent', 'taxIncludedPrices']),
});
