/**
 * Flags that would be dropped without a word are usage errors (exit 2), found by an eighth attacker probe
 * (2026-12-03): a one-value flag given twice (the last used to win, so a script appending an override got another
 * price), and a listing (`hours --holidays`, `--channels`) given the flags of a question it does not answer.
 */
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/command.js';
import { cli } from '../helpers/cli.js';

describe('a one-value flag given twice', () => {
  it.each([
    [['price', '--amount', '1000', '--amount', '2000', '--basis', 'tax-excluded', '--on', '2019-10-01'], '--amount is given twice ("1000", "2000")'],
    [['price', '--basis', 'tax-excluded', '--basis', 'tax-included', '--amount', '1100', '--on', '2019-10-01'], '--basis is given twice ("tax-excluded", "tax-included")'],
    [['price', '--amount=1000', '--amount', '1000', '--basis', 'tax-excluded', '--on', '2019-10-01'], '--amount is given twice ("1000", "1000")'],
    [['hours', '--plan', 'helpdesk-support', '--channel', 'phone', '--at', '2026-11-24T12:30', '--format', 'json', '--format', 'table'], '--format is given twice'],
    [['area', '東京都新島村', '--on', '2026-11-22', '--on', '2026-11-23'], '--on is given twice'],
  ])('%j is refused', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });

  it('repeatable flags and switches may repeat', async () => {
    const r = await cli(['hours', '--plan', 'itss-light-anshin-1', '--channel', 'support', '--at', '2026-11-21T18:30', '--option', 'itss-light-time-extension', '--option', 'itss-light-time-extension', '--json', '--json']);
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.out)).toMatchObject({ open: true });
  });
});

describe('a listing takes no question', () => {
  it('hours --holidays with --plan, --channel and --at', async () => {
    const r = await cli(['hours', '--holidays', '2026', '--plan', 'helpdesk-support', '--channel', 'phone', '--at', '2026-11-24T12:30']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('--holidays YEAR lists, it answers no question: --plan, --channel, --at would be ignored');
  });

  it('hours --holidays with an input', async () => {
    const r = await cli(['hours', '--holidays', '2026', '-'], '{"planId":"helpdesk-support"}');
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('standard input would be ignored');
  });

  it('hours --channels with --at', async () => {
    const r = await cli(['hours', '--plan', 'itss-light-anshin-1', '--channels', '--at', '2026-11-24T12:30']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('--channels lists, it answers no question: --at would be ignored');
  });

  it('the listings alone still answer', async () => {
    const holidays = await cli(['hours', '--holidays', '2026', '--json']);
    expect(holidays.code).toBe(EXIT.ok);
    expect(JSON.parse(holidays.out).holidays[0]).toMatchObject({ date: '2026-01-01', name: '元日' });
    const channels = await cli(['hours', '--plan', 'itss-light-anshin-1', '--channels', '--json']);
    expect(channels.code).toBe(EXIT.ok);
    expect(JSON.parse(channels.out).channels.map((c: { id: string }) => c.id)).toContain('support');
  });
});
