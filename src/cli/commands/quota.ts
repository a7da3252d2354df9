import type { CliCommand } from '../io.js';

/** `quota`: inquiry quota of a contract for a calendar month. Stub until its issue lands. */
export const quotaCommand: CliCommand = {
  name: 'quota',
  summary: 'inquiry quota of a contract for a calendar month',
  usage: 'support-contract-rules quota (not implemented yet)\n',
  run: async (_args, io) => {
    io.err('quota: not implemented yet\n');
    return 2;
  },
};
