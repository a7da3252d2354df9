/**
 * scripts/compact-declarations.ts (run by `npm run build`): the declarations indented with tabs instead of four
 * spaces a level, which keeps the package under issue 13's 3 MB. Only a line's leading white space may change.
 */
import { describe, expect, it } from 'vitest';
import { compactIndent } from '../../scripts/compact-declarations.js';

describe('compactIndent', () => {
  it('writes each four leading spaces as a tab, and leaves the rest of the line alone', () => {
    expect(compactIndent('interface A {\n    a: string;\n        /** x    y */\n     * odd\n  two\n}\n')).toBe('interface A {\n\ta: string;\n\t\t/** x    y */\n\t * odd\n  two\n}\n');
  });

  it('changes nothing but leading white space: the text without it is the same', () => {
    const text = 'declare function f(a: `a    b`): void;\n    export {  f  };\n\t    x\n';
    const strip = (s: string) => s.replace(/^[ \t]+/gm, '');
    expect(strip(compactIndent(text))).toBe(strip(text));
    expect(compactIndent(text)).toBe('declare function f(a: `a    b`): void;\n\texport {  f  };\n\t    x\n');
  });
});
