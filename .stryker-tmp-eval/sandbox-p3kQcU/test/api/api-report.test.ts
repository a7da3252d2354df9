/**
 * The public API is deliberate: the checked-in report (api/*.api.md) must equal the one generated from
 * the entry points in package.json "exports". A change to an exported name or signature fails here until
 * `npm run api:report` is run and the report change is reviewed with the code change.
 */
// @ts-nocheck

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiMembers, apiReports } from '../../scripts/api-report.js';
import { entryPoints } from '../../scripts/entry-points.js';

const root = join(__dirname, '..', '..');

describe('API report (run `npm run api:report` after a deliberate change)', () => {
  const entries = entryPoints(root);
  const members = apiMembers(root, entries);
  const files = apiReports(root, entries, members);
  it.each(Object.keys(files))('%s is up to date', (file) => {
    expect(existsSync(join(root, file)), `${file} is missing: run npm run api:report`).toBe(true);
    expect(readFileSync(join(root, file), 'utf8'), `${file} is stale: run npm run api:report`).toBe(files[file]);
  });
  it('has no report of an entry point that is gone', () => {
    const present = readdirSync(join(root, 'api')).filter((f) => f.endsWith('.api.md')).map((f) => `api/${f}`);
    expect(present.sort()).toEqual(Object.keys(files).sort());
  });
  it('keeps the internals out of the root entry point', () => {
    const rootEntry = entries.find((e) => e.subpath === '.')!;
    const names = new Set(members.get(rootEntry.source)!.map((m) => m.name));
    for (const internal of ['Dec', 'daysFromCivil', 'civilFromDays', 'monthIndex', 'closestMatches', 'formatPath', 'reason', 'toIssues', 'yenToNumber', 'normalizeName', 'parseIsoDate', 'parseInstant']) {
      expect(names.has(internal), internal).toBe(false);
    }
    for (const entry of ['getPlan', 'convertPrice', 'monthlyInvoice', 'isOpen', 'evaluateQuota', 'checkLoaner', 'classifyArea', 'incidentStatus', 'checkSupportScope', 'ContractRulesError']) {
      expect(names.has(entry), entry).toBe(true);
    }
  });
}, 120_000);
