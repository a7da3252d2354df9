import type { CliCommand } from '../io.js';

/** `sendback`: ultra-sendback decision for a failed adapter. Stub until its issue lands. */
export const sendbackCommand: CliCommand = {
  name: 'sendback',
  summary: 'ultra-sendback decision for a failed adapter',
  usage: 'support-contract-rules sendback (not implemented yet)\n',
  run: async (_args, io) => {
    io.err('sendback: not implemented yet\n');
    return 2;
  },
};
