/**
 * Pushes every earlier query out of the calendar's recent-query ring (src/calendar/schedule.ts keeps the last few
 * plain queries in front of its per-catalog maps): eight plain queries of the bundled catalog, unlike the queries the
 * memo tests ask about, each asked once.
 */
import { isOpen } from '../../src/calendar/index.js';

const OTHERS: ReadonlyArray<Record<string, unknown>> = [
  { planId: 'oas-plan-b', channel: 'onsite-diagnosis' },
  { planId: 'oas-plan-b', channel: 'contract-desk' },
  { planId: 'itss-light-anshin-2', channel: 'onsite-diagnosis' },
  { planId: 'itss-standard-anshin-1', channel: 'onsite-diagnosis' },
  { planId: 'itss-light-anshin-2', channel: 'support' },
  { planId: 'itss-standard-anshin-1', channel: 'support' },
  { planId: 'ucom-remote-support', channel: 'support', unknownAs: 'open' },
  { planId: 'iij-mpc-management-entry', channel: 'support', unknownAs: 'open' },
];

export function flushRecentSchedules(): void {
  for (const q of OTHERS) isOpen({ ...q, at: '2026-11-20T11:00' } as never);
}
