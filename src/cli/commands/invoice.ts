import type { CliCommand } from '../io.js';

/** `invoice`: the monthly invoice of a contract (JSON in, JSON or table out). Stub until its issue lands. */
export const invoiceCommand: CliCommand = {
  name: 'invoice',
  summary: 'the monthly invoice of a contract (JSON in, JSON or table out)',
  usage: 'support-contract-rules invoice (not implemented yet)\n',
  run: async (_args, io) => {
    io.err('invoice: not implemented yet\n');
    return 2;
  },
};
