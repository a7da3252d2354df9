import type { CliCommand } from '../io.js';

/** `incident`: incident state and auto-close time. Stub until its issue lands. */
export const incidentCommand: CliCommand = {
  name: 'incident',
  summary: 'incident state and auto-close time',
  usage: 'support-contract-rules incident (not implemented yet)\n',
  run: async (_args, io) => {
    io.err('incident: not implemented yet\n');
    return 2;
  },
};
