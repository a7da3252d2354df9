/**
 * The sub-commands, loaded on demand: the list (names and summaries, for `--help` and "did you
 * mean") costs nothing, and a command line loads only its command's module and the parts of the
 * library that it uses (`invoice` does not load the area data or the calendar).
 * test/cli/grammar.test.ts checks that each summary here is the loaded command's.
 */
// @ts-nocheck

import type { CliCommand } from '../io.js';

/** A sub-command before its module is loaded. */
export interface CommandEntry {
  readonly name: string;
  /** One line for the command list (the same as the loaded command's). */
  readonly summary: string;
  /** Loads the command's module. */
  readonly load: () => Promise<CliCommand>;
}

/** Every sub-command, in the order `--help` lists them. */
export const commands: readonly CommandEntry[] = Object.freeze([
  { name: 'catalog', summary: 'list plans, options and fees with their ids, fees and tax basis', load: () => import('./catalog.js').then((m) => m.catalogCommand) },
  { name: 'price', summary: 'convert a price between tax-included and tax-excluded on a date', load: () => import('./price.js').then((m) => m.priceCommand) },
  { name: 'invoice', summary: 'the monthly invoice of a contract (one, or an NDJSON batch)', load: () => import('./invoice.js').then((m) => m.invoiceCommand) },
  { name: 'hours', summary: 'is a support channel open at an instant; next opening', load: () => import('./hours.js').then((m) => m.hoursCommand) },
  { name: 'quota', summary: 'inquiry quota of a contract for a calendar month; on-site visit check', load: () => import('./quota.js').then((m) => m.quotaCommand) },
  { name: 'loaner', summary: 'loaner-device eligibility and period', load: () => import('./loaner.js').then((m) => m.loanerCommand) },
  { name: 'visit', summary: 'quote a paid visit', load: () => import('./visit.js').then((m) => m.visitCommand) },
  { name: 'sendback', summary: 'ultra-sendback decision for a failed adapter', load: () => import('./sendback.js').then((m) => m.sendbackCommand) },
  { name: 'area', summary: 'classify an address or municipality code (islands, 帰還困難区域)', load: () => import('./area.js').then((m) => m.areaCommand) },
  {
    name: 'incident',
    summary: 'incident state and auto-close time, out-of-hours estimate, notice and cancellation',
    load: () => import('./incident.js').then((m) => m.incidentCommand),
  },
  { name: 'scope', summary: 'supported lines, devices, operating systems and software', load: () => import('./scope.js').then((m) => m.scopeCommand) },
  {
    name: 'terms',
    summary: 'list the contract terms of a plan or document (liability, jurisdiction, duties …)',
    load: () => import('./terms.js').then((m) => m.termsCommand),
  },
].map((c) => Object.freeze(c)));

/** The command named `name`, loaded, or undefined when there is none. */
export async function loadCommand(name: string): Promise<CliCommand | undefined> {
  return commands.find((c) => c.name === name)?.load();
}
