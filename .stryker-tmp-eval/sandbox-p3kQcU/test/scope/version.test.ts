/**
 * Version requirements in the documents' forms and numeric comparison:
 * 003 「Windows Live Mail 2009以降」「Outlook Express 5.5以降」「Mac mail 1.x以降」「ホームページビルダーV15以降」
 * 「MacOS10.4.10以上」.
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContractRulesError } from '../../src/errors.js';
import { compareScopeVersions, meetsScopeMinimum, parseScopeMinimumVersion, parseScopeVersion } from '../../src/scope/index.js';

describe('parseScopeMinimumVersion: the documents\' forms', () => {
  it.each([
    ['2009以降', 'year', [2009], false],
    ['2007以降', 'year', [2007], false],
    ['5.5以降', 'dotted', [5, 5], false],
    ['6.0以降', 'dotted', [6, 0], false],
    ['1.x以降', 'dotted', [1], true],
    ['V15以降', 'v-number', [15], false],
    ['10.4.10以上', 'dotted', [10, 4, 10], false],
    ['1.0以上', 'dotted', [1, 0], false],
    ['１０.４.１０以上', 'dotted', [10, 4, 10], false],
  ] as const)('%s → %s %j (wildcard %s)', (text, scheme, components, wildcard) => {
    expect(parseScopeMinimumVersion(text)).toEqual({ asWritten: text, scheme, components, wildcard });
  });
  it.each(['2009', 'Outlook 2007以降', '以降', 'x.1以降', '1.x.2以降', 'V以降', '1..2以上', '', '1234567890以上'])('refuses %j with a typed error', (text) => {
    try {
      parseScopeMinimumVersion(text, ['minimum']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ContractRulesError);
      expect((e as ContractRulesError).code).toBe('invalid_input');
      expect((e as ContractRulesError).path).toEqual(['minimum']);
    }
  });
});

describe('parseScopeVersion: a caller\'s version', () => {
  it.each([
    ['6', 'dotted', [6]],
    ['6.0.2900', 'dotted', [6, 0, 2900]],
    ['v16', 'v-number', [16]],
    ['V16', 'v-number', [16]],
    ['Ver.16', 'v-number', [16]],
    ['16', 'v-number', [16]],
    ['2010', 'year', [2010]],
    [' 10.10 ', 'dotted', [10, 10]],
  ] as const)('%j in scheme %s → %j', (text, scheme, components) => {
    expect(parseScopeVersion(text, scheme)).toEqual(components);
  });
  it.each([
    ['1.x', 'dotted'],
    ['latest', 'dotted'],
    ['6.0 SP2', 'dotted'],
    ['', 'dotted'],
    ['16.0', 'year'],
    ['365', 'year'],
    ['10.', 'dotted'],
  ] as const)('refuses %j in scheme %s (path version)', (text, scheme) => {
    expect(() => parseScopeVersion(text, scheme, ['subject', 'version'])).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['subject', 'version'] }),
    );
  });
  it('refuses a non-string', () => {
    expect(() => parseScopeVersion(7 as unknown as string)).toThrow(expect.objectContaining({ code: 'invalid_input', path: ['version'] }));
  });
});

describe('compareScopeVersions: numeric, component by component', () => {
  it('10.10 is later than 10.4.10 (not a string comparison)', () => {
    expect(compareScopeVersions([10, 10], [10, 4, 10])).toBe(1);
    expect(meetsScopeMinimum('10.10', parseScopeMinimumVersion('10.4.10以上'))).toBe(true);
  });
  it('10.4.9 is below 10.4.10, 10.4.10 meets it, 10.5 and 11 exceed it', () => {
    const min = parseScopeMinimumVersion('10.4.10以上');
    expect(meetsScopeMinimum('10.4.9', min)).toBe(false);
    expect(meetsScopeMinimum('10.4.10', min)).toBe(true);
    expect(meetsScopeMinimum('10.5', min)).toBe(true);
    expect(meetsScopeMinimum('11', min)).toBe(true);
    expect(meetsScopeMinimum('10.4', min)).toBe(false);
  });
  it('1.x以降: every 1.* and later, nothing below 1', () => {
    const min = parseScopeMinimumVersion('1.x以降');
    expect(meetsScopeMinimum('1', min)).toBe(true);
    expect(meetsScopeMinimum('1.0', min)).toBe(true);
    expect(meetsScopeMinimum('1.9.9', min)).toBe(true);
    expect(meetsScopeMinimum('2.0', min)).toBe(true);
    expect(meetsScopeMinimum('0.9', min)).toBe(false);
  });
  it('missing components count as 0: 6 equals 6.0', () => {
    expect(compareScopeVersions([6], [6, 0])).toBe(0);
    expect(compareScopeVersions([6, 0, 1], [6])).toBe(1);
  });
  const version = fc.array(fc.nat({ max: 3000 }), { minLength: 1, maxLength: 5 });
  it('is antisymmetric and reflexive (property)', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(compareScopeVersions(a, a)).toBe(0);
        expect(compareScopeVersions(a, b)).toBe(-compareScopeVersions(b, a) || 0);
      }),
    );
  });
  it('is transitive (property)', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        if (compareScopeVersions(a, b) <= 0 && compareScopeVersions(b, c) <= 0) expect(compareScopeVersions(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
  it('trailing zeros never change the order (property)', () => {
    fc.assert(
      fc.property(version, version, fc.nat({ max: 3 }), (a, b, zeros) => {
        expect(compareScopeVersions([...a, ...Array<number>(zeros).fill(0)], b)).toBe(compareScopeVersions(a, b));
      }),
    );
  });
  it('a parsed minimum is met by itself and not by anything lower in its last component (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 4 }), (parts) => {
        const min = parseScopeMinimumVersion(`${parts.join('.')}以上`);
        expect(meetsScopeMinimum(parts.join('.'), min)).toBe(true);
        const lower = [...parts.slice(0, -1), parts[parts.length - 1]! - 1];
        expect(meetsScopeMinimum(lower.join('.'), min)).toBe(false);
      }),
    );
  });
});
