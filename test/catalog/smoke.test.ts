import { describe, expect, it } from 'vitest';
import { catalog, getPlan } from '../../src/index.js';

describe('catalog smoke', () => {
  it('loads the bundled catalog', () => {
    expect(catalog.documents).toHaveLength(5);
    expect(getPlan('oas-plan-a').monthlyFeeYen).toBe(3900);
  });
});
