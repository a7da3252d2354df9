import type { CliCommand } from '../io.js';
import { areaCommand } from './area.js';
import { catalogCommand } from './catalog.js';
import { hoursCommand } from './hours.js';
import { incidentCommand } from './incident.js';
import { invoiceCommand } from './invoice.js';
import { loanerCommand } from './loaner.js';
import { priceCommand } from './price.js';
import { quotaCommand } from './quota.js';
import { scopeCommand } from './scope.js';
import { sendbackCommand } from './sendback.js';
import { termsCommand } from './terms.js';
import { visitCommand } from './visit.js';

/** Every sub-command, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [
  catalogCommand,
  priceCommand,
  invoiceCommand,
  hoursCommand,
  quotaCommand,
  loanerCommand,
  visitCommand,
  sendbackCommand,
  areaCommand,
  incidentCommand,
  scopeCommand,
  termsCommand,
];
