/**
 * Service scope and eligibility (issue 9): which lines, devices, operating systems and software each
 * service supports. The documents' lists are data (the `scope` section of each document fixture);
 * the checks answer with a verdict and reasons that cite the passages.
 */
// @ts-nocheck

export type {
  ScopeCaveat,
  ScopeContractUnit,
  ScopeDeviceType,
  ScopeEnvironment,
  ScopeEnvironmentOs,
  ScopeFeature,
  ScopeFeatureCell,
  ScopeHardware,
  ScopeItManagement,
  ScopeLine,
  ScopeLineCondition,
  ScopeLines,
  ScopeMinimumVersionDefinition,
  ScopeNotice,
  ScopeOperatingSystem,
  ScopeOsEquivalent,
  ScopeSection,
  ScopeSoftware,
  ScopeTool,
  ScopeToolOs,
} from './schema.js';
export {
  compareScopeVersions,
  meetsScopeMinimum,
  parseScopeMinimumVersion,
  parseScopeVersion,
  type ScopeMinimumVersion,
  type ScopeVersionScheme,
} from './version.js';
export {
  normalizeScopeName,
  type ScopeCondition,
  type ScopeItemVerdict,
  type ScopeOsEquivalents,
  type ScopeUnknownNames,
  type ScopeResolvedName,
} from './common.js';
export {
  checkLineEligibility,
  type CheckLineEligibilityInput,
  type CheckLineEligibilityOptions,
  type ContractUnitFact,
  type LineEligibility,
  type LineEligibilityVerdict,
  type LineNotice,
  type UnnamedLines,
  type UnstatedPlanRestriction,
} from './lines.js';
export {
  checkDeviceLicences,
  itManagementFeatures,
  type BlankFeatureCells,
  type CheckDeviceLicencesInput,
  type CheckDeviceLicencesOptions,
  type DeviceLicenceVerdict,
  type DeviceLicences,
  type ItFeatureCell,
  type ItFeatureStatus,
  type ItManagedDevice,
  type ItManagedDeviceCheck,
  type ItManagementFeatures,
  type ItManagementFeaturesInput,
  type ItManagementFeaturesOptions,
  type ItManagementInclusion,
  type ItManagementVerdict,
  type UnlistedItPlans,
} from './it-management.js';
export {
  checkSupportScope,
  type CheckSupportScopeInput,
  type CheckSupportScopeOptions,
  type EnvironmentOsInput,
  type EnvironmentSubject,
  type HardwareSubject,
  type SoftwareSubject,
  type SupportScope,
  type SupportScopeCheck,
  type SupportScopeSubject,
  type ToolSubject,
} from './support.js';
export type { ServiceCondition, ServiceConditionKind } from './conditions-schema.js';
export {
  checkServiceConditions,
  type CheckServiceConditionsInput,
  type ServiceConditionsCheck,
  type ServiceConditionsVerdict,
  type ServiceRequest,
} from './conditions.js';
