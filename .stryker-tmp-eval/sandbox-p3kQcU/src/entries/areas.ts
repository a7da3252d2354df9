/**
 * `support-contract-rules/areas`: municipalities, remote islands, 帰還困難区域 and the area limits of each document.
 * The same names as the root entry point exports for this capability (src/index.ts re-exports this file):
 * anything not named here is internal and may change without notice.
 */
// @ts-nocheck

export * from './common.js';

export {
  bundledAreaData,
  classifyArea,
  findMunicipality,
  getMunicipality,
  isValidMunicipalityCode,
  parseMunicipalityCode,
  resolveMunicipality,
  parsePostalCode,
  resolvePostalCode,
} from '../area/index.js';

export type {
  AreaClassification,
  AreaData,
  AreaDataInput,
  AreaDocumentVerdict,
  AreaEffect,
  AreaIndex,
  AreaIslandResult,
  AreaIslandScope,
  AreaRestriction,
  AreaRule,
  AreaRulesSection,
  AreasFixture,
  AreaTrigger,
  AreaZoneResult,
  ClassifyAreaInput,
  ClassifyAreaOptions,
  IslandAddressAlias,
  IslandDesignation,
  IslandDesignationId,
  IslandDistrictIndexEntry,
  IslandDistrictRecord,
  IslandDistrictSourceRef,
  IslandMunicipalityIndexEntry,
  IslandMunicipalityRecord,
  IslandRecord,
  MunicipalitiesFixture,
  Municipality,
  MunicipalityCode,
  MunicipalityRecord,
  MunicipalityResolution,
  NormalizedText,
  ResolveMunicipalityInput,
  ReturnDifficultZoneRecord,
  ReturnDifficultZoneStatus,
  ZoneIndexEntry,
  ZoneLift,
  ZoneDistrictIndexEntry,
  ZoneDistrictRecord,
  MountainVillageRecord,
  AreaMountainResult,
  PostalEntry,
  PostalLookup,
} from '../area/index.js';
