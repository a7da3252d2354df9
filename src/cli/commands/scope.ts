import type { CliCommand } from '../io.js';

/** `scope`: supported lines, devices, operating systems and software. Stub until its issue lands. */
export const scopeCommand: CliCommand = {
  name: 'scope',
  summary: 'supported lines, devices, operating systems and software',
  usage: 'support-contract-rules scope (not implemented yet)\n',
  run: async (_args, io) => {
    io.err('scope: not implemented yet\n');
    return 2;
  },
};
