import { describe, expect, it } from 'vitest';
import { bundledFixtures, CatalogValidationError, type Issue } from '../../src/index.js';
import { loadCatalog, parseCatalog } from '../../src/schemas/index.js';

/** A deep copy of the bundled fixtures to break in one place. */
function fixtures(): any[] {
  return JSON.parse(JSON.stringify(bundledFixtures));
}
function issuesOf(documents: unknown[]): Issue[] {
  const r = parseCatalog({ documents });
  if (r.success) throw new Error('expected the catalog to be rejected');
  return [...r.issues];
}

describe('parseCatalog / loadCatalog', () => {
  it('accepts the bundled fixtures', () => {
    const r = parseCatalog({ documents: fixtures() });
    expect(r.success).toBe(true);
  });

  it('accepts JSON text and reports bad JSON as an issue, never a throw', () => {
    expect(parseCatalog(JSON.stringify({ documents: fixtures() })).success).toBe(true);
    const r = parseCatalog('{ nope');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.code).toBe('invalid_json');
  });

  it.each([null, 42, 'null', [], {}])('never throws on %j', (v) => {
    expect(() => parseCatalog(v)).not.toThrow();
    expect(parseCatalog(v).success).toBe(false);
  });

  it('refuses, at load, a billing rule naming a fee its document does not define', () => {
    // 000: 「訪問故障切り分けサポート時に機器設定を依頼された場合、基本作業費は免除いたします。」 waives oas-visit-basic-work;
    // 003's re-subscription rule charges ucom-remote-support-resubscription-fee. Both fees are their own document's.
    const docs = fixtures();
    const waiverDoc = docs.findIndex((d) => d.billing?.feeWaivers?.length);
    const resubDoc = docs.findIndex((d) => d.billing?.resubscriptionFee);
    expect(docs[waiverDoc].billing.feeWaivers[0].feeId).toBe('oas-visit-basic-work');
    expect(docs[resubDoc].billing.resubscriptionFee.feeId).toBe('ucom-remote-support-resubscription-fee');
    docs[waiverDoc].billing.feeWaivers[0].feeId = 'no-such-fee';
    // A fee of another document is not the document's own either.
    docs[resubDoc].billing.resubscriptionFee.feeId = 'oas-visit-basic-work';
    expect(waiverDoc).toBeLessThan(resubDoc); // issues come in document order
    expect(issuesOf(docs)).toEqual([
      expect.objectContaining({ code: 'custom', path: ['documents', waiverDoc, 'billing', 'feeWaivers', 0, 'feeId'] }),
      expect.objectContaining({ code: 'custom', path: ['documents', resubDoc, 'billing', 'resubscriptionFee', 'feeId'] }),
    ]);
    expect(() => loadCatalog({ documents: docs })).toThrow(CatalogValidationError);
  });

  it('rejects an unknown key with its path', () => {
    const docs = fixtures();
    docs[1].plans[0].discount = 10;
    expect(issuesOf(docs)).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', path: ['documents', 1, 'plans', 0] }),
    ]);
  });

  it('rejects a negative yen amount', () => {
    const docs = fixtures();
    docs[0].plans[1].monthlyFeeYen = -5900;
    expect(issuesOf(docs)).toEqual([expect.objectContaining({ code: 'too_small', path: ['documents', 0, 'plans', 1, 'monthlyFeeYen'] })]);
  });

  it('rejects a fractional yen amount', () => {
    const docs = fixtures();
    docs[1].fees[1].amountYen = 4950.5;
    expect(issuesOf(docs)).toEqual([expect.objectContaining({ code: 'invalid_type', path: ['documents', 1, 'fees', 1, 'amountYen'] })]);
  });

  it('rejects a sale end before its start', () => {
    const docs = fixtures();
    docs[1].plans[2].saleWindow.end = { date: '2020-09-06', source: docs[1].plans[2].saleWindow.start.source };
    expect(issuesOf(docs)).toEqual([
      expect.objectContaining({ code: 'custom', path: ['documents', 1, 'plans', 2, 'saleWindow', 'end', 'date'] }),
    ]);
  });

  it('rejects 2026-02-30', () => {
    const docs = fixtures();
    docs[1].plans[2].saleWindow.start.date = '2026-02-30';
    expect(issuesOf(docs)).toEqual([
      expect.objectContaining({ path: ['documents', 1, 'plans', 2, 'saleWindow', 'start', 'date'], message: 'Not a calendar date' }),
    ]);
  });

  it('rejects a fact without a source', () => {
    const docs = fixtures();
    delete docs[3].fees[0].source;
    expect(issuesOf(docs)).toEqual([expect.objectContaining({ code: 'invalid_type', path: ['documents', 3, 'fees', 0, 'source'] })]);
  });

  it('rejects a source with an empty passage', () => {
    const docs = fixtures();
    docs[0].plans[0].source.passage = '';
    expect(issuesOf(docs)).toEqual([expect.objectContaining({ path: ['documents', 0, 'plans', 0, 'source', 'passage'] })]);
  });

  it('rejects a source that cites another document', () => {
    const docs = fixtures();
    docs[0].plans[0].source.document = '001_1058c0f8b62eb4e2.txt';
    expect(issuesOf(docs)).toEqual([expect.objectContaining({ path: ['documents', 0, 'plans', 0, 'source', 'document'] })]);
  });

  it('rejects duplicate ids and options for unknown plans', () => {
    const docs = fixtures();
    docs[0].plans[1].id = 'oas-plan-a';
    docs[1].options[0].appliesTo = ['no-such-plan'];
    const paths = issuesOf(docs).map((i) => i.path);
    expect(paths).toContainEqual(['documents', 0, 'plans', 1, 'id']);
    expect(paths).toContainEqual(['documents', 1, 'options', 0, 'appliesTo', 0]);
  });

  it('loadCatalog throws a CatalogValidationError listing every issue', () => {
    const docs = fixtures();
    docs[0].plans[0].monthlyFeeYen = -1;
    docs[2].plans[0].monthlyFeeYen = 0.5;
    try {
      loadCatalog({ documents: docs });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CatalogValidationError);
      const err = e as CatalogValidationError;
      expect(err.code).toBe('invalid_catalog');
      expect(err.issues.map((i) => i.path)).toEqual([
        ['documents', 0, 'plans', 0, 'monthlyFeeYen'],
        ['documents', 2, 'plans', 0, 'monthlyFeeYen'],
      ]);
      expect(err.message).toContain('documents[0].plans[0].monthlyFeeYen');
    }
  });

  it('a modified catalog drives the look-ups', () => {
    const docs = fixtures();
    docs[0].plans[0].monthlyFeeYen = 4200;
    const mine = loadCatalog({ documents: docs });
    expect(mine.index.planById.get('oas-plan-a')?.monthlyFeeYen).toBe(4200);
  });

  it('the loaded catalog is frozen', () => {
    const mine = loadCatalog({ documents: fixtures() });
    expect(Object.isFrozen(mine)).toBe(true);
    expect(Object.isFrozen(mine.plans[0])).toBe(true);
    expect(() => {
      (mine.plans[0] as any).monthlyFeeYen = 1;
    }).toThrow(TypeError);
  });
});
