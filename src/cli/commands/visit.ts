import type { CliCommand } from '../io.js';

/** `visit`: quote a paid visit. Stub until its issue lands. */
export const visitCommand: CliCommand = {
  name: 'visit',
  summary: 'quote a paid visit',
  usage: 'support-contract-rules visit (not implemented yet)\n',
  run: async (_args, io) => {
    io.err('visit: not implemented yet\n');
    return 2;
  },
};
