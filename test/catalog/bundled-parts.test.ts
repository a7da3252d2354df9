/**
 * The calendar reads a bundled plan's schedules from its document without building the catalog
 * (start-up, issue 13): the parts it reads are the catalog's own objects, deep-frozen when read, and the rest of the
 * documents is frozen when the catalog is built. (Test files run in fresh module graphs: nothing here is frozen
 * before the first test.)
 */
import { describe, expect, it, vi } from 'vitest';
import { isOpen } from '../../src/calendar/index.js';
import { bundledPlanSchedules, catalog } from '../../src/catalog/bundled.js';
import { bundledDocumentFixtures } from '../../src/catalog/documents.data.js';
import { getDocument } from '../../src/catalog/queries.js';

/** Whether every object reachable from a value is frozen. */
function deeplyFrozen(v: unknown): boolean {
  const stack: unknown[] = [v];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === null || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    if (!Object.isFrozen(x)) return false;
    for (const k of Object.keys(x)) stack.push((x as Record<string, unknown>)[k]);
  }
  return true;
}

/** The ids, read from the fixtures as imported (reading `catalog` here would build it before the first test). */
const planIds = bundledDocumentFixtures().flatMap((d) => d.plans.map((p) => [p.id, d.document.file] as const));

describe('bundled plans’ schedules read from their documents', () => {
  it('a first isOpen freezes the header and schedules of its plan’s document, and no other part', async () => {
    // A fresh module graph, also when the suite runs without isolation (CI's time-zone runs, --no-isolate), where
    // another file may already have built the catalog.
    vi.resetModules();
    const fresh = await import('../../src/calendar/index.js');
    const docs = (await import('../../src/catalog/documents.data.js')).bundledDocumentFixtures();
    expect(docs.some((d) => Object.isFrozen(d) || Object.isFrozen(d.schedules) || Object.isFrozen(d.plans))).toBe(false);
    expect(fresh.isOpen({ planId: 'itss-light-anshin-1', channel: 'support', at: '2026-11-21T17:59' })).toBe(true);
    const doc = docs.find((d) => d.plans.some((p) => p.id === 'itss-light-anshin-1'))!;
    expect(deeplyFrozen(doc.document) && deeplyFrozen(doc.schedules)).toBe(true);
    expect(Object.isFrozen(doc) || Object.isFrozen(doc.plans) || Object.isFrozen(doc.options) || Object.isFrozen(doc.fees)).toBe(false);
    expect(docs.filter((d) => d !== doc).some((d) => Object.isFrozen(d.document) || Object.isFrozen(d.schedules))).toBe(false);
    // The sources the reasons hand out are the document's values: frozen.
    const sources = fresh.explainOpen({ planId: 'itss-light-anshin-1', channel: 'support', at: '2026-11-23T10:00' }).reasons.flatMap((r) => (r.source ? [r.source] : []));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every(deeplyFrozen)).toBe(true);
  });

  it('the catalog built afterwards is deeply frozen, over the parts frozen before', () => {
    expect(deeplyFrozen(catalog.documents)).toBe(true);
    expect(deeplyFrozen(catalog.plans) && deeplyFrozen(catalog.options) && deeplyFrozen(catalog.fees)).toBe(true);
    expect(catalog.plans.map((p) => [p.id, p.document])).toEqual(planIds);
  });

  it.each(planIds)('%s: the catalog’s header and schedules of its document', (id, file) => {
    const parts = bundledPlanSchedules(id)!;
    const doc = getDocument(file);
    expect(parts.document).toBe(doc.document);
    expect(parts.schedules).toBe(doc.schedules);
  });

  it('an id no bundled plan has is not found (the catalog then answers, with its error)', () => {
    expect(bundledPlanSchedules('oas-plan-c')).toBeUndefined();
    expect(bundledPlanSchedules('itss-light-time-extension')).toBeUndefined();
    expect(() => isOpen({ planId: 'oas-plan-c', channel: 'support', at: '2026-11-20T10:00' })).toThrow(/oas-plan-c/);
  });
});
