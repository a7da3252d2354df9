/**
 * The input boundary (internal): read each input once into a frozen copy, check limits and brands, freeze
 * what the library shares. See read.ts, brand.ts, freeze.ts, fields.ts and limits.ts.
 */
export { brandTable, expectTable, isBrandedTable, type TableKind } from './brand.js';
export { LazyMapView, ReadonlyMapView } from './freeze.js';
export { checkIdLength, isKnownShape, objectPrototypeHasEnumerableKeys, parseEnum, plainKey, readField, readIdListField, readKnownFields, readShapedField, type InputShape, readFailure, readInput, readOptions, unreadableField, withPath, type ReadLimits } from './read.js';
export { defineOwn, EMPTY_RECORD, isPlainPrototype, newRecord, own, RECORD_PROTOTYPE, recordOf, setField } from './record.js';
export * from './limits.js';
export { rejectMisspeltKeys, strictList, strictRecord, type StrictField, type StrictShape } from './strict.js';
