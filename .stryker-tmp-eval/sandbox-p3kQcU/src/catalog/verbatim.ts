/**
 * The one normalisation under which a source passage is checked against its document (internal;
 * the source-check test and the fixture tooling use it). See docs/architecture.md, "Passages".
 *
 * Rules, applied in this order to the document and to each excerpt alike:
 * 1. markup removed: HTML tags (`<td>`, `</p>`, `<sup>` …) become a space; the entities `&amp;`,
 *    `&lt;`, `&gt;`, `&quot;`, `&nbsp;` become their characters; a Markdown backslash escape
 *    (`\*`, `\_`, `\\`) becomes the escaped character;
 * 2. white space folded: every run of white space (spaces, tabs, line breaks, the full-width space
 *    U+3000) is removed, which also joins words broken across lines or cells.
 * Nothing else is changed: no width folding, no punctuation changes, no separators. An excerpt
 * matches when its normal form is non-empty and occurs in the document's normal form.
 */
// @ts-nocheck


/**
 * The normal form of a text for the verbatim check.
 * @example foldForSourceCheck('<td>2,200円</td>\n<td>時間 延長</td>') //=> '2,200円時間延長'
 */
export function foldForSourceCheck(text: string): string {
  return text
    .replace(/<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/g, ' ')
    .replace(/&(amp|lt|gt|quot|nbsp);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' })[e] ?? '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[\s\u3000]+/g, '');
}

/**
 * Whether one excerpt is verbatim in a document (both given as raw text).
 * @example excerptOccursIn('料 金\t1. 初期費用 不要', '1. 初期費用 不要') //=> true
 */
export function excerptOccursIn(documentText: string, excerpt: string, foldedDocument: string = foldForSourceCheck(documentText)): boolean {
  const folded = foldForSourceCheck(excerpt);
  return folded.length > 0 && foldedDocument.includes(folded);
}
