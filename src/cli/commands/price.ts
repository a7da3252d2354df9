import type { CliCommand } from '../io.js';

/** `price`: convert a price between tax-included and tax-excluded on a date. Stub until its issue lands. */
export const priceCommand: CliCommand = {
  name: 'price',
  summary: 'convert a price between tax-included and tax-excluded on a date',
  usage: 'support-contract-rules price (not implemented yet)\n',
  run: async (_args, io) => {
    io.err('price: not implemented yet\n');
    return 2;
  },
};
