/**
 * 004 管理責任: 「レンタル提供するサービスアダプタおよび主要な付属品を紛失、または下記要因により破損させた場合は、
 * 相当額をお客様へ実費請求します。」 — loss is a cause, accessories are modelled, and brought-in adapters
 * are not charged.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { decideSendback } from '../../src/index.js';
import { textOf } from '../helpers/passage.js';

const PASSAGE = 'レンタル提供するサービスアダプタおよび主要な付属品を紛失、または下記要因により破損させた場合は、相当額をお客様へ実費請求します。';
const decide = (acquisition: string, cause: string, item?: string) =>
  decideSendback({
    adapter: { planId: 'iij-mpc-management-entry', acquisition },
    failure: { cause, ...(item !== undefined ? { item } : {}) },
    site: { atDeclaredSite: true, island: false },
  });

describe('004: rented adapters and main accessories lost or damaged are charged at cost', () => {
  it.each([
    ['rental', 'loss', 'adapter', true],
    ['rental', 'loss', 'main-accessory', true],
    ['rental', 'customer-negligence', 'main-accessory', true],
    ['rental', 'accident-or-disaster', 'adapter', true],
    ['rental', 'natural-failure', 'main-accessory', false],
    ['brought-in-other', 'loss', 'adapter', false],
    ['brought-in-other', 'customer-negligence', 'adapter', false],
    ['dealer-purchase', 'customer-modification', 'adapter', false],
  ])('%s adapter, %s of the %s → charged: %s', (acquisition, cause, item, charged) => {
    const d = decide(acquisition, cause, item);
    expect(d.customerCharged).toBe(charged);
    expect(d.item).toBe(item);
    if (charged) expect(textOf(d.reasons.find((r) => r.rule === 'sendback.customer-charged')?.source?.passage)).toContain('相当額をお客様へ実費請求します。');
  });
  it('a brought-in adapter: the reason cites the rented-only sentence', () => {
    const r = decide('brought-in-other', 'loss').reasons.find((x) => x.rule === 'sendback.not-rented-not-charged')!;
    expect(textOf(r.source?.passage)).toBe(PASSAGE);
    expect(r.interpretation).toBe('sendback-charge-rented-only');
  });
  it('a lost adapter is not a natural failure: the standard sendback replaces it (sendback-loss)', () => {
    const d = decide('rental', 'loss');
    expect(d.outcome).toBe('standard-sendback');
    expect(d.reasons.find((r) => r.rule === 'sendback.cause-standard')?.interpretation).toBe('sendback-loss');
  });
  it('rejects an unknown item', () => {
    expect(() => decide('rental', 'loss', 'cable')).toThrow(/item/);
  });
});
