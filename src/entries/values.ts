/**
 * The root's values that are not functions and not among the shared names (common.ts): constants, lists, the bundled
 * tables and `PriceNotStatedError`, from the modules that define them. Not an entry point of the package: the
 * CommonJS build writes it as dist/values.cjs, from which the lazy roots (scripts/cjs-root.ts and the ES module
 * wrappers of scripts/esm-node.ts) take these names without loading a capability's entry point.
 */
export { PriceNotStatedError } from '../billing/errors.js';
export { bundledHolidayLaw } from '../calendar/holiday-law.js';
export { catalog } from '../catalog/bundled.js';
export { bundledFixtures } from '../catalog/fixtures.js';
export { INCIDENT_EVENT_TYPES, OUT_OF_HOURS_CAUSES, OUT_OF_HOURS_TOPICS } from '../incident/kinds.js';
export { INCIDENT_DAY_COUNT_POLICIES, MIDNIGHT_REPLY_RULES } from '../incident/periods.js';
export { MAX_YEN } from '../money/max-yen.js';
export { consumptionTaxTable } from '../money/tax.js';
