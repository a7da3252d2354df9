import type { CliCommand } from '../io.js';

/** `area`: classify an address or municipality code (islands, 帰還困難区域). Stub until its issue lands. */
export const areaCommand: CliCommand = {
  name: 'area',
  summary: 'classify an address or municipality code (islands, 帰還困難区域)',
  usage: 'support-contract-rules area (not implemented yet)\n',
  run: async (_args, io) => {
    io.err('area: not implemented yet\n');
    return 2;
  },
};
