/**
 * decideSendback at its edges: the island look-up through classifyArea (an island found, a municipality whose
 * islands depend on the district, a mainland site), the 帰還困難区域 note, the charged item's name, adapters not
 * rented, each site condition's explanation, and errors of the look-up re-pathed under `site`.
 *
 * Written for the survivors of a Stryker run on src/loaner/sendback.ts (docs/mutation.md, 2026-12-03): each case
 * fails when the rule or the explanation it checks is changed.
 */
import { describe, expect, it } from 'vitest';
import { decideSendback, InvalidInputError, NotFoundError, type DecideSendbackInput, type Reason } from '../../src/index.js';
import { textOf } from '../helpers/passage.js';
import { D004, editedCatalog, thrown } from './helpers.js';

const base: DecideSendbackInput = {
  adapter: { planId: 'iij-mpc-management-entry', acquisition: 'rental' },
  failure: { cause: 'natural-failure' },
  site: { atDeclaredSite: true, island: false },
};
const at = (site: Record<string, unknown>) => decideSendback({ ...base, site: { atDeclaredSite: true, on: '2026-11-24', ...site } as DecideSendbackInput['site'] });
const rules = (reasons: readonly Reason[]) => reasons.map((r) => r.rule).filter((r) => !r.startsWith('sendback.note.') && !r.startsWith('sendback.contract-') && !r.startsWith('sendback.acquisition-'));
function reasonOf(reasons: readonly Reason[], rule: string): Reason {
  const r = reasons.find((x) => x.rule === rule);
  expect(r, `no reason ${rule} in ${reasons.map((x) => x.rule).join(', ')}`).toBeDefined();
  return r!;
}
const ISLAND_PASSAGE = '設置場所が離島の場合はお申し込みをお断りする場合があります。未対応地域は弊社営業担当へお問い合わせください。';

describe('004 設置場所が離島の場合はお申し込みをお断りする場合があります: the island look-up', () => {
  it('an island municipality names its island and the area rule', () => {
    const d = at({ address: '東京都八丈町' });
    const r = reasonOf(d.reasons, 'sendback.area-island');
    expect(r.message).toBe('classifyArea: 八丈島 is a remote island for this option (iij-ultra-sendback-remote-island)');
    expect(r.factId).toBe('iij-ultra-sendback-remote-island');
    expect(r.interpretation).toBe('sendback-island');
    expect(rules(d.reasons)).toEqual(['sendback.area-island', 'sendback.island-may-refuse', 'sendback.cause-onsite']);
    expect(reasonOf(d.reasons, 'sendback.island-may-refuse').factId).toBe('island-site');
  });
  it('a municipality partly on an island (南あわじ市: 沼島) is undecided without its district, and refused with it', () => {
    const undecided = at({ address: '兵庫県南あわじ市' });
    expect(undecided.applicationMayBeRefused).toBeNull();
    const r = reasonOf(undecided.reasons, 'sendback.area-island-undecided');
    expect(r.message).toBe('classifyArea: whether the site is on a remote island depends on the district (南あわじ市); pass site.district or site.island');
    expect(textOf(r.source?.passage)).toBe(ISLAND_PASSAGE);
    expect(rules(undecided.reasons)).toEqual(['sendback.area-island-undecided', 'sendback.island-unknown', 'sendback.cause-onsite']);
    expect(reasonOf(undecided.reasons, 'sendback.island-unknown').message).toBe('Whether the site is on a remote island was not given (site.island); an island site may be refused');

    for (const site of [{ address: '兵庫県南あわじ市沼島' }, { municipalityCode: '282243', district: '沼島' }]) {
      const d = at(site);
      expect(d.applicationMayBeRefused).toBe(true);
      expect(reasonOf(d.reasons, 'sendback.area-island').message).toBe('classifyArea: 沼島 is a remote island for this option (iij-ultra-sendback-remote-island)');
    }
  });
  it('a mainland site is not an island, with the document’s island passage as source', () => {
    const d = at({ address: '東京都千代田区丸の内1-1' });
    expect(d.applicationMayBeRefused).toBe(false);
    const r = reasonOf(d.reasons, 'sendback.area-not-island');
    expect(r.message).toBe('classifyArea: 千代田区 is not a remote island for this option');
    expect(textOf(r.source?.passage)).toBe(ISLAND_PASSAGE);
    expect(rules(d.reasons)).toEqual(['sendback.area-not-island', 'sendback.not-island', 'sendback.cause-onsite']);
    expect(reasonOf(d.reasons, 'sendback.not-island').message).toBe('The site is not on a remote island');
  });
  it('a 帰還困難区域 municipality is not taken for an island, and its zone is noted once', () => {
    const d = at({ municipalityCode: '075469', on: '2022-09-01' });
    expect(d.applicationMayBeRefused).toBe(false);
    expect(rules(d.reasons)).toEqual(['sendback.area-not-island', 'sendback.area-return-difficult-zone', 'sendback.not-island', 'sendback.cause-onsite']);
    const z = reasonOf(d.reasons, 'sendback.area-return-difficult-zone');
    expect(z.message).toBe('classifyArea: 双葉町 contains a 帰還困難区域 on 2022-09-01; a site there may be restricted (pass site.restrictedAccess when it is)');
    expect(z.factId).toBe('iij-ultra-sendback-restricted-entry');
    expect(z.source?.document).toBe(D004);
  });
  it('an island site carries no 帰還困難区域 note', () => {
    expect(rules(at({ address: '東京都八丈町' }).reasons)).not.toContain('sendback.area-return-difficult-zone');
  });
});

describe('004 管理責任: who is charged, for what', () => {
  it('the charged item is named as the document names it (主要な付属品)', () => {
    const d = decideSendback({ ...base, failure: { cause: 'loss', item: 'main-accessory' } });
    expect(d.customerCharged).toBe(true);
    expect(d.item).toBe('main-accessory');
    expect(reasonOf(d.reasons, 'sendback.customer-charged').message).toBe('紛失 (主要な付属品): the customer is charged the actual cost (実費請求)');
    expect(reasonOf(d.reasons, 'sendback.cause-standard').message).toBe('紛失: replaced by the standard sendback (標準のセンドバック交換)');
  });
  it('an adapter not rented is not charged (レンタル提供する), and says so only for a cause that would be charged', () => {
    const charged = decideSendback({ ...base, adapter: { planId: 'iij-mpc-management-entry', acquisition: 'brought-in-other' }, failure: { cause: 'customer-modification' } });
    expect(charged.customerCharged).toBe(false);
    const r = reasonOf(charged.reasons, 'sendback.not-rented-not-charged');
    expect(r.message).toBe('持ち込むサービスアダプタ (販売代理店からの購入を除く): the actual-cost charge is stated for rented adapters only (レンタル提供する)');
    expect(r.factId).toBe('brought-in-other');
    expect(r.interpretation).toBe('sendback-charge-rented-only');
    const natural = decideSendback({ ...base, adapter: { planId: 'iij-mpc-management-entry', acquisition: 'brought-in-other' }, failure: { cause: 'natural-failure' } });
    expect(rules(natural.reasons)).toEqual(['sendback.not-island', 'sendback.cause-onsite']);
    expect(reasonOf(natural.reasons, 'sendback.cause-onsite').message).toBe('自然故障: replaced on site (駆けつけ交換)');
  });
  it('an adapter the option cannot be attached to: on-site replacement is named as not available', () => {
    const d = decideSendback({ ...base, adapter: { planId: 'iij-mpc-management-entry', acquisition: 'dealer-purchase' } });
    expect(d.attachable).toBe(false);
    expect(d.outcome).toBe('standard-sendback');
    expect(reasonOf(d.reasons, 'sendback.cause-onsite').message).toBe('自然故障: replaced on site (駆けつけ交換) with the option (which this adapter cannot have)');
  });
});

describe('004 駆けつけ交換サービスの制限: each condition explained', () => {
  it('a disaster area and very many damaged adapters: the standard sendback (interpretation sendback-disaster)', () => {
    const d = decideSendback({ ...base, failure: { cause: 'natural-failure', areaInaccessible: true, manyAdaptersDamaged: true } });
    expect(d.outcome).toBe('standard-sendback');
    const a = reasonOf(d.reasons, 'sendback.area-inaccessible');
    expect(a.message).toBe('A disaster has made the area of the site hard to enter: on-site replacement may be impossible; the standard sendback applies');
    expect(a.interpretation).toBe('sendback-disaster');
    expect(a.factId).toBe('area-inaccessible');
    expect(reasonOf(d.reasons, 'sendback.many-adapters-damaged').message).toBe('Very many adapters are damaged at once: on-site replacement may be impossible; the standard sendback applies');
  });
  it('an unattended, restricted or undeclared site: no on-site visit (interpretation sendback-no-visit)', () => {
    const d = decideSendback({ ...base, site: { atDeclaredSite: false, island: false, unattended: true, restrictedAccess: true } });
    expect(d.outcome).toBe('no-onsite-visit');
    expect(d.notes).toEqual([]);
    for (const [rule, text] of [
      ['sendback.unattended-site', 'Nobody can attend the replacement at the site'],
      ['sendback.restricted-site', 'Entry to the site is restricted'],
      ['sendback.undeclared-site', 'The adapter is not at the installation site declared beforehand'],
    ] as const) {
      const r = reasonOf(d.reasons, rule);
      expect(r.message).toBe(`${text}: no on-site visit (the document does not say what replaces it)`);
      expect(r.interpretation).toBe('sendback-no-visit');
    }
  });
  it('a condition the document does not state is said to be unstated (a user catalog)', () => {
    const catalog = editedCatalog((docs) => {
      const s = docs.find((d) => d.document.id === 'iij-mpc-ultra-sendback')!.sendback;
      s.conditions = s.conditions.filter((c: { id: string }) => c.id !== 'unattended-site');
    });
    const d = decideSendback({ ...base, site: { atDeclaredSite: true, island: false, unattended: true }, catalog });
    expect(d.outcome).toBe('onsite-replacement');
    expect(reasonOf(d.reasons, 'sendback.condition-not-stated').message).toBe('The document states nothing about unattended-site');
  });
});

describe('the site look-up’s errors, under site', () => {
  it('no day, or a day that is not text', () => {
    expect(thrown(() => at({ address: '東京都八丈町', on: undefined })).path).toEqual(['site', 'on']);
    const e = thrown(() => at({ address: '東京都八丈町', on: 20261124 }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.path).toEqual(['site', 'on']);
    expect(e.details).toEqual({ value: 20261124 });
  });
  it('classifyArea’s errors keep their class, details and message, with the path under site (no doubled prefix)', () => {
    const nf = thrown(() => at({ address: '東京都どこか村' }));
    expect(nf).toBeInstanceOf(NotFoundError);
    expect(nf.path).toEqual(['site', 'address']);
    expect(nf.message.startsWith('site.address: No municipality in 東京都 found in "東京都どこか村"')).toBe(true);
    expect((nf.details as { prefecture: string }).prefecture).toBe('東京都');
    const month = thrown(() => at({ address: '東京都八丈町', on: '2026-13-01' }));
    expect(month).toBeInstanceOf(InvalidInputError);
    expect(month.path).toEqual(['site', 'on']);
    expect(month.message).toBe('site.on: Invalid month (valid values 1 - 12): "2026-13-01"');
    const code = thrown(() => at({ municipalityCode: '999999' }));
    expect(code.path).toEqual(['site', 'municipalityCode']);
    expect(code.details).toEqual({ value: '999999', expectedCheckDigit: 7 });
    expect(thrown(() => at({ address: '東京都八丈町', district: 5 })).path).toEqual(['site', 'district']);
  });
});
