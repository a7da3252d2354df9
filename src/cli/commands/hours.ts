import type { CliCommand } from '../io.js';

/** `hours`: is a support channel open at an instant; next opening. Stub until its issue lands. */
export const hoursCommand: CliCommand = {
  name: 'hours',
  summary: 'is a support channel open at an instant; next opening',
  usage: 'support-contract-rules hours (not implemented yet)\n',
  run: async (_args, io) => {
    io.err('hours: not implemented yet\n');
    return 2;
  },
};
