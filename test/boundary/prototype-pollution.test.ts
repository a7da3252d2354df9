/**
 * An application that pollutes Object.prototype (a realm-wide bug of its own): classifyArea refused every input once
 * Object.prototype had an enumerable key (its unknown-key check walked inherited keys). Found by an attacker-style
 * probe on 2026-12-03.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { classifyArea } from '../../src/area/index.js';

const protoObject = Object.prototype as unknown as Record<string, unknown>;

afterEach(() => {
  delete protoObject.then;
});

describe('polluted prototypes', () => {
  it("classifyArea checks the input's own keys only", () => {
    const input = { address: '東京都新島村', on: '2026-11-22' };
    const want = classifyArea(input);
    protoObject.then = () => undefined;
    try {
      expect(classifyArea(input)).toEqual(want);
    } finally {
      delete protoObject.then;
    }
  });
});
