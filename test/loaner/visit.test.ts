/**
 * quoteVisit: 001 ●訪問サポート (有償) and 000 ■訪問サポート, one row per rule with its passage.
 */
import { describe, expect, it } from 'vitest';
import { ContractRulesError, getFee, monthlyInvoice, quoteVisit, type OneOffCharge, type QuoteVisitInput } from '../../src/index.js';
import { D000, D001, deepFreeze, editedCatalog, expectSourced, thrown } from './helpers.js';

const light: QuoteVisitInput = { contract: { planId: 'itss-light-anshin-1' }, items: [], on: '2026-11-24' };
const oas: QuoteVisitInput = { contract: { planId: 'oas-plan-a' }, items: [], on: '2026-11-24' };

type Row = {
  doc: string;
  passage: string;
  input: QuoteVisitInput;
  available: boolean;
  totalYen: number | null;
  lines: Array<[feeId: string, quantity: number, amountYen: number | null]>;
  rule: string;
};

const rows: Row[] = [
  { doc: D001, passage: '基本作業費 1派遣 4,950円 (every visit)', input: light, available: true, totalYen: 4950, lines: [['itss-visit-basic-work', 1, 4950]], rule: 'visit.dispatch-fee' },
  {
    doc: D001,
    passage: '状況診断費 1派遣 1,650円 (asked for)',
    input: { ...light, items: [{ feeId: 'itss-visit-diagnosis', quantity: 1 }] },
    available: true,
    totalYen: 6600,
    lines: [['itss-visit-basic-work', 1, 4950], ['itss-visit-diagnosis', 1, 1650]],
    rule: 'visit.on-request-fee',
  },
  {
    doc: D001,
    passage: '状況診断費 1派遣 1,650円 (option onRequestFees: every-dispatch)',
    input: { ...light, onRequestFees: 'every-dispatch' },
    available: true,
    totalYen: 6600,
    lines: [['itss-visit-basic-work', 1, 4950], ['itss-visit-diagnosis', 1, 1650]],
    rule: 'visit.on-request-fee',
  },
  {
    doc: D001,
    passage: 'パソコンのインターネット接続 パソコン1台 3,300円',
    input: { ...light, items: [{ feeId: 'itss-visit-pc-internet', quantity: 3 }] },
    available: true,
    totalYen: 4950 + 3 * 3300,
    lines: [['itss-visit-basic-work', 1, 4950], ['itss-visit-pc-internet', 3, 9900]],
    rule: 'visit.menu-item',
  },
  {
    doc: D001,
    passage: 'プリンタ設定 プリンタ1台 4,840円',
    input: { ...light, items: [{ feeId: 'itss-visit-printer', quantity: 2 }] },
    available: true,
    totalYen: 4950 + 2 * 4840,
    lines: [['itss-visit-basic-work', 1, 4950], ['itss-visit-printer', 2, 9680]],
    rule: 'visit.menu-item',
  },
  {
    doc: D001,
    passage: '※訪問先は、契約時登録住所のみとします (registered address)',
    input: { ...light, address: { isRegisteredAddress: true } },
    available: true,
    totalYen: 4950,
    lines: [['itss-visit-basic-work', 1, 4950]],
    rule: 'visit.address-registered',
  },
  {
    doc: D001,
    passage: '※訪問先は、契約時登録住所のみとします (address not given: assumed)',
    input: light,
    available: true,
    totalYen: 4950,
    lines: [['itss-visit-basic-work', 1, 4950]],
    rule: 'visit.address-assumed-registered',
  },
  {
    doc: D001,
    passage: '※訪問先は、契約時登録住所のみとします (another address)',
    input: { ...light, items: [{ feeId: 'itss-visit-printer', quantity: 1 }], address: { isRegisteredAddress: false } },
    available: false,
    totalYen: null,
    lines: [],
    rule: 'visit.address-not-registered',
  },
  {
    doc: D001,
    passage: '001 states no waiver: the basic work fee stays during an on-site fault isolation',
    input: { ...light, duringOnsiteDiagnosis: true },
    available: true,
    totalYen: 4950,
    lines: [['itss-visit-basic-work', 1, 4950]],
    rule: 'visit.no-waiver-stated',
  },
  {
    doc: D001,
    passage: '訪問サポート (有償) ○ ○ (スタンダードあんしんプラン2)',
    input: { ...light, contract: { planId: 'itss-standard-anshin-2' } },
    available: true,
    totalYen: 4950,
    lines: [['itss-visit-basic-work', 1, 4950]],
    rule: 'visit.plan-included',
  },
  {
    doc: D001,
    passage: '訪問サポート (有償) ○ ○: a discontinued plan is not listed',
    input: { ...light, contract: { planId: 'itss-legacy-light-1' } },
    available: false,
    totalYen: null,
    lines: [],
    rule: 'visit.plan-not-included',
  },
  {
    doc: D000,
    passage: '訪問故障切り分けサポート時に機器設定を依頼された場合、基本作業費は免除いたします。',
    input: { ...oas, duringOnsiteDiagnosis: true },
    available: true,
    totalYen: 0,
    lines: [['oas-visit-basic-work', 1, 0]],
    rule: 'visit.fee-waived',
  },
  {
    doc: D000,
    passage: '※1 別途料金が発生します (基本作業費: amount on the web site only)',
    input: oas,
    available: true,
    totalYen: null,
    lines: [['oas-visit-basic-work', 1, null]],
    rule: 'visit.amount-not-stated',
  },
  {
    doc: D000,
    passage: '④訪問サポート (有償) (プラン B)',
    input: { ...oas, contract: { planId: 'oas-plan-b' } },
    available: true,
    totalYen: null,
    lines: [['oas-visit-basic-work', 1, null]],
    rule: 'visit.work-priced-elsewhere',
  },
];

describe('quoteVisit: decision table (one row per rule, passage cited)', () => {
  it.each(rows)('$doc $passage', (row) => {
    const q = quoteVisit(row.input);
    expect(q.available).toBe(row.available);
    expect(q.totalYen).toBe(row.totalYen);
    expect(q.lines.map((l) => [l.feeId, l.quantity, l.amountYen])).toEqual(row.lines);
    const hit = q.reasons.find((r) => r.rule === row.rule);
    expect(hit, `no ${row.rule} in ${q.reasons.map((r) => r.rule).join(', ')}`).toBeDefined();
    expect(hit!.source?.document).toBe(row.doc);
    expectSourced(q.reasons);
  });
});

describe('quoteVisit: charges for monthlyInvoice', () => {
  it('001: one OneOffCharge per line, dated on the visit day, with the catalog fee ids', () => {
    const q = quoteVisit({ ...light, items: [{ feeId: 'itss-visit-pc-internet', quantity: 2 }] });
    const expected: OneOffCharge[] = [
      { feeId: 'itss-visit-basic-work', quantity: 1, on: '2026-11-24' },
      { feeId: 'itss-visit-pc-internet', quantity: 2, on: '2026-11-24' },
    ];
    expect(q.charges).toEqual(expected);
    expect(q.taxBasis).toBe('tax-included');
    expect(q.complete).toBe(true);
    // the total is the catalog's amounts, not a number of our own
    expect(q.totalYen).toBe(getFee('itss-visit-basic-work').amountYen! + 2 * getFee('itss-visit-pc-internet').amountYen!);
  });
  it('000 during an on-site fault isolation: the charge carries the waiver and its source', () => {
    const q = quoteVisit({ ...oas, duringOnsiteDiagnosis: true });
    expect(q.charges).toEqual([
      {
        feeId: 'oas-visit-basic-work',
        quantity: 1,
        on: '2026-11-24',
        waived: { reason: expect.any(String), source: expect.objectContaining({ document: D000, passage: expect.stringContaining('基本作業費は免除') }) },
        occasion: 'fault-isolation-visit',
      },
    ]);
    expect(q.taxBasis).toBe('tax-excluded');
    expect(q.lines[0]!.unitPriceYen).toBeNull();
    expect(q.complete).toBe(false); // the set-up work itself is priced on the web site (※1)
  });
  it('000 otherwise: the basic work fee is charged but its amount is not stated, so the total is not a number', () => {
    const q = quoteVisit(oas);
    expect(q.totalYen).toBeNull();
    expect(q.unstatedFeeIds).toEqual(['oas-visit-basic-work']);
    expect(q.charges).toEqual([{ feeId: 'oas-visit-basic-work', quantity: 1, on: '2026-11-24' }]);
    expect(q.complete).toBe(false);
  });
  it('not available: no lines and no charges', () => {
    const q = quoteVisit({ ...light, address: { isRegisteredAddress: false } });
    expect(q.charges).toEqual([]);
    expect(q.blockedBy).toEqual(['visit.address-not-registered']);
    expect(q.complete).toBe(false);
  });
  it('large quantities are summed exactly (Dec)', () => {
    const q = quoteVisit({ ...light, items: [{ feeId: 'itss-visit-printer', quantity: 1_000_000_007 }] });
    expect(q.totalYen).toBe(4950 + 4840 * 1_000_000_007);
  });
  it('the date is normalised and the per-dispatch fee may be listed once with quantity 1', () => {
    const q = quoteVisit({ ...light, items: [{ feeId: 'itss-visit-basic-work', quantity: 1 }] });
    expect(q.lines).toHaveLength(1);
    expect(q.totalYen).toBe(4950);
  });
  it('a user catalog drives the prices', () => {
    const catalog = editedCatalog((docs) => {
      docs.find((d) => d.document.id === 'office-anshin-support')!.fees.find((f: { id: string }) => f.id === 'oas-visit-basic-work').amountYen = 5000;
    });
    expect(quoteVisit({ ...oas, catalog }).totalYen).toBe(5000);
    expect(quoteVisit({ ...oas, catalog, duringOnsiteDiagnosis: true }).totalYen).toBe(0);
  });
  it('does not mutate its input', () => {
    const input = deepFreeze(structuredClone({ ...light, items: [{ feeId: 'itss-visit-printer', quantity: 2 }], address: { isRegisteredAddress: true } }));
    const before = JSON.stringify(input);
    quoteVisit(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('quoteVisit: bad input is a typed error naming the field', () => {
  const cases: Array<[string, () => unknown, string, Array<string | number>]> = [
    ['an item not on the menu', () => quoteVisit({ ...light, items: [{ feeId: 'itss-visit-router', quantity: 1 }] }), 'not_found', ['items', 0, 'feeId']],
    ['a 001 item on a 000 contract', () => quoteVisit({ ...oas, items: [{ feeId: 'itss-visit-printer', quantity: 1 }] }), 'not_found', ['items', 0, 'feeId']],
    ['a negative count', () => quoteVisit({ ...light, items: [{ feeId: 'itss-visit-printer', quantity: -1 }] }), 'invalid_input', ['items', 0, 'quantity']],
    ['a zero count', () => quoteVisit({ ...light, items: [{ feeId: 'itss-visit-printer', quantity: 0 }] }), 'invalid_input', ['items', 0, 'quantity']],
    ['a fractional count', () => quoteVisit({ ...light, items: [{ feeId: 'itss-visit-printer', quantity: 1.5 }] }), 'invalid_input', ['items', 0, 'quantity']],
    ['a count as text', () => quoteVisit({ ...light, items: [{ feeId: 'itss-visit-printer', quantity: '2' as never }] }), 'invalid_input', ['items', 0, 'quantity']],
    [
      'the same item twice',
      () => quoteVisit({ ...light, items: [{ feeId: 'itss-visit-printer', quantity: 1 }, { feeId: 'itss-visit-printer', quantity: 1 }] }),
      'conflict',
      ['items', 1, 'feeId'],
    ],
    ['a per-dispatch fee twice in one visit', () => quoteVisit({ ...light, items: [{ feeId: 'itss-visit-basic-work', quantity: 2 }] }), 'conflict', ['items', 0, 'quantity']],
    ['items missing', () => quoteVisit({ ...light, items: undefined as never }), 'invalid_input', ['items']],
    ['a date that is not a date', () => quoteVisit({ ...light, on: '2026-13-01' }), 'invalid_input', ['on']],
    ['no date', () => quoteVisit({ ...light, on: undefined as never }), 'invalid_input', ['on']],
    ['a malformed address', () => quoteVisit({ ...light, address: { isRegisteredAddress: 'yes' as never } }), 'invalid_input', ['address', 'isRegisteredAddress']],
    ['duringOnsiteDiagnosis not a boolean', () => quoteVisit({ ...oas, duringOnsiteDiagnosis: 1 as never }), 'invalid_input', ['duringOnsiteDiagnosis']],
    ['a plan whose document has no visit menu (003)', () => quoteVisit({ ...light, contract: { planId: 'ucom-remote-support' } }), 'not_found', ['contract', 'planId']],
    ['an unknown plan', () => quoteVisit({ ...light, contract: { planId: 'nope' } }), 'not_found', ['contract', 'planId']],
    ['an unknown option value', () => quoteVisit({ ...light, onRequestFees: 'sometimes' as never }), 'invalid_input', ['onRequestFees']],
  ];
  it.each(cases)('%s', (_name, fn, code, path) => {
    const e = thrown(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});

describe('quoteVisit → monthlyInvoice (the charges feed the billing module)', () => {
  it('001: the visit’s lines appear on the month’s invoice at the catalog prices', () => {
    const q = quoteVisit({ ...light, items: [{ feeId: 'itss-visit-printer', quantity: 2 }] });
    const inv = monthlyInvoice({ contract: { planId: 'itss-light-anshin-1', start: '2025-04-01', oneOffCharges: q.charges }, month: '2026-11' });
    const oneOff = inv.lines.filter((l) => l.kind === 'one-off');
    expect(oneOff.map((l) => [l.factId, l.quantity, l.amountYen])).toEqual([
      ['itss-visit-basic-work', 1, 4950],
      ['itss-visit-printer', 2, 9680],
    ]);
  });
  it('000 during an on-site fault isolation: the waived basic work fee is ¥0 on the invoice', () => {
    const q = quoteVisit({ ...oas, duringOnsiteDiagnosis: true });
    const inv = monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01', oneOffCharges: q.charges }, month: '2026-11' });
    const line = inv.lines.find((l) => l.factId === 'oas-visit-basic-work');
    expect(line?.amountYen).toBe(0);
    expect(line?.waived).toBeDefined();
  });
  it('000 otherwise: billing refuses to price the unstated amount (a typed error, not a number)', () => {
    const q = quoteVisit(oas);
    expect(() => monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01', oneOffCharges: q.charges }, month: '2026-11' })).toThrow(ContractRulesError);
  });
});

describe('paid visits on a discontinued plan: a reading of the tables, named (interpretation visit-unlisted-plans)', () => {
  it('the refusal cites the interpretation and the table passage', () => {
    const q = quoteVisit({ contract: { planId: 'itss-legacy-light-1' }, items: [{ feeId: 'itss-visit-printer', quantity: 1 }], on: '2026-11-24' });
    expect(q.available).toBe(false);
    const r = q.reasons.find((x) => x.rule === 'visit.plan-not-included')!;
    expect(r.interpretation).toBe('visit-unlisted-plans');
    expect(r.factId).toBe('itss-legacy-light-1');
    expect(r.source?.passage).toEqual(['訪問サポート (有償)\t○\t○', '訪問サポート (有償) <sup>*1</sup>\t\t○\t○']);
  });
});
