/**
 * Remote-area checks: municipality look-up by code and address, islands (with 000's night-maintenance
 * exceptions), 帰還困難区域 status by date, and what each document's area rules say follows.
 */
export type * from './schema.js';
export { municipalityCheckDigit } from './code.js';
export { normalizePlaceText, type NormalizedText } from './normalize.js';
export {
  bundledAreaData,
  type AreaData,
  type AreaDataInput,
  type AreaIndex,
  type IslandAddressAlias,
  type IslandDistrictIndexEntry,
  type IslandDistrictSourceRef,
  type IslandMunicipalityIndexEntry,
  type Municipality,
  type OtherDistrictIndexEntry,
  type ZoneDistrictIndexEntry,
  type ZoneIndexEntry,
} from './data.js';
export { parsePostalCode, resolvePostalCode, type PostalEntry, type PostalLookup } from './postal.js';
export {
  findMunicipality,
  getMunicipality,
  isValidMunicipalityCode,
  parseMunicipalityCode,
  resolveMunicipality,
  type MunicipalityResolution,
  type ResolveMunicipalityInput,
} from './resolve.js';
export {
  classifyArea,
  type AreaClassification,
  type AreaDocumentVerdict,
  type AreaIslandResult,
  type AreaMountainResult,
  type AreaRestriction,
  type AreaTrigger,
  type AreaZoneResult,
  type ClassifyAreaInput,
  type ClassifyAreaOptions,
  type ReturnDifficultZoneStatus,
} from './classify.js';
