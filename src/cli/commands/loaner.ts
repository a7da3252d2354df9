import type { CliCommand } from '../io.js';

/** `loaner`: loaner-device eligibility and period. Stub until its issue lands. */
export const loanerCommand: CliCommand = {
  name: 'loaner',
  summary: 'loaner-device eligibility and period',
  usage: 'support-contract-rules loaner (not implemented yet)\n',
  run: async (_args, io) => {
    io.err('loaner: not implemented yet\n');
    return 2;
  },
};
