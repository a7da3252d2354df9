/**
 * checkSupportScope's environment checks at their edges (003 サポート対象環境: 「Windows2000/2003/XP/Vista/7」,
 * 「MacOS10.4.10以上」, 「日本語版のみ対応」, 「ただし、PowerPCは対象外」): the OS name with its version in one text, each way a
 * language is written, the architecture, and the minimum version. Written for the survivors of a first Stryker run on
 * src/scope/support.ts (docs/mutation.md, 2026-12-03: 56.0 %).
 */
import { describe, expect, it } from 'vitest';
import { checkSupportScope } from '../../src/index.js';

const env = (os: Record<string, unknown>) => checkSupportScope({ planId: 'ucom-remote-support', subject: { kind: 'environment', os } } as never);
const messagesOf = (os: Record<string, unknown>) => env(os).checks.flatMap((c) => c.reasons.map((r) => `${r.rule}: ${r.message}`));

describe('003 サポート対象環境: the OS', () => {
  it('「Windows 10」 in one text is Windows, version 10: not listed', () => {
    const v = env({ name: 'Windows 10' });
    expect(v.verdict).toBe('not-supported');
    expect(messagesOf({ name: 'Windows 10' })).toContain('scope.os.version-not-listed: Windows 10 is not one of the listed versions (2000/2003/XP/Vista/7)');
  });
  it('Windows XP, Japanese edition, x86: supported, each condition explained', () => {
    const os = { name: 'Windows', version: 'XP', language: 'ja-JP', cpuArchitecture: 'x86' };
    expect(env(os).verdict).toBe('supported');
    expect(messagesOf(os)).toEqual([
      'scope.os.listed: Windows is a recommended OS: 「Windows2000/2003/XP/Vista/7」',
      'scope.os.version-listed: Windows XP is one of the listed versions (2000/2003/XP/Vista/7)',
      'scope.os.language-ok: ja-JP edition: 「日本語版のみ対応」',
      'scope.os.architecture-ok: CPU architecture x86 is not PowerPC (「ただし、PowerPCは対象外」)',
    ]);
  });
  it.each(['日本語', '日本語版', 'japanese', 'Japanese', 'ja', 'ja-JP', 'ja_JP'])('the language %j is the Japanese edition', (language) => {
    expect(messagesOf({ name: 'Windows', version: 'XP', language, cpuArchitecture: 'x86' })).toContain(`scope.os.language-ok: ${language} edition: 「日本語版のみ対応」`);
  });
  it.each(['en-US', 'English', 'zh'])('the language %j is not supported', (language) => {
    expect(env({ name: 'Windows', version: 'XP', language }).verdict).toBe('not-supported');
    expect(messagesOf({ name: 'Windows', version: 'XP', language })).toContain(`scope.os.language-not-supported: ${language} edition: 「日本語版のみ対応」`);
  });
  it('PowerPC is excluded', () => {
    const os = { name: 'Windows', version: 'XP', language: 'japanese', cpuArchitecture: 'PowerPC' };
    expect(env(os).verdict).toBe('not-supported');
    expect(messagesOf(os)).toContain('scope.os.architecture-excluded: CPU architecture PowerPC is PowerPC (「ただし、PowerPCは対象外」)');
  });
  it('without version, language or architecture: conditional, each missing piece named', () => {
    const v = env({ name: 'Windows' });
    expect(v.verdict).toBe('conditional');
    expect(messagesOf({ name: 'Windows' })).toEqual([
      'scope.os.listed: Windows is a recommended OS: 「Windows2000/2003/XP/Vista/7」',
      'scope.os.version-not-given: Windows: only 2000/2003/XP/Vista/7 are listed; the version was not given',
      'scope.os.language-not-given: Only the ja edition is supported (「日本語版のみ対応」); the language was not given',
      'scope.os.architecture-not-given: PowerPC is excluded (「ただし、PowerPCは対象外」); the CPU architecture was not given',
    ]);
  });
  it('MacOS: 10.4.10 or later (10.5 yes, 10.4.9 no)', () => {
    const base = { name: 'macOS', language: 'ja', cpuArchitecture: 'Intel' };
    expect(env({ ...base, version: '10.5' }).verdict).toBe('supported');
    expect(messagesOf({ ...base, version: '10.5' })).toContain('scope.os.version-meets-minimum: MacOS 10.5 is at or above the minimum 10.4.10 (「10.4.10以上」)');
    expect(env({ ...base, version: '10.4.9' }).verdict).toBe('not-supported');
    expect(messagesOf({ ...base, version: '10.4.9' })).toContain('scope.os.version-below-minimum: MacOS 10.4.9 is below the minimum 10.4.10 (「10.4.10以上」)');
    expect(env({ ...base, version: '10.4.10' }).verdict).toBe('supported');
  });
  it('an OS the catalog knows but 003 does not list (Android) is not supported (scope-closed-lists)', () => {
    const v = env({ name: 'Android', version: '14' });
    expect(v.verdict).toBe('not-supported');
    const r = v.checks[0]!.reasons.find((x) => x.rule === 'scope.os.not-listed')!;
    expect(r.message).toBe('Android is not a recommended OS (Windows2000/2003/XP/Vista/7/MacOS10.4.10以上)');
    expect(r.interpretation).toBe('scope-closed-lists');
  });
});
