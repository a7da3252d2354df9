/**
 * `support-contract-rules/scope`: supported environments, devices, lines and service conditions.
 * The same names as the root entry point exports for this capability (src/index.ts re-exports this file):
 * anything not named here is internal and may change without notice.
 */
// @ts-nocheck

export * from './common.js';

export {
  checkDeviceLicences,
  checkLineEligibility,
  checkSupportScope,
  compareScopeVersions,
  itManagementFeatures,
  meetsScopeMinimum,
} from '../scope/index.js';

export type {
  BlankFeatureCells,
  CheckDeviceLicencesInput,
  CheckDeviceLicencesOptions,
  CheckLineEligibilityInput,
  CheckLineEligibilityOptions,
  CheckSupportScopeInput,
  CheckSupportScopeOptions,
  ContractUnitFact,
  DeviceLicences,
  DeviceLicenceVerdict,
  EnvironmentOsInput,
  EnvironmentSubject,
  HardwareSubject,
  ItFeatureCell,
  ItFeatureStatus,
  ItManagedDevice,
  ItManagedDeviceCheck,
  ItManagementFeatures,
  ItManagementFeaturesInput,
  ItManagementFeaturesOptions,
  ItManagementInclusion,
  ItManagementVerdict,
  LineEligibility,
  LineEligibilityVerdict,
  LineNotice,
  ScopeCaveat,
  ScopeCondition,
  ScopeContractUnit,
  ScopeDeviceType,
  ScopeEnvironment,
  ScopeEnvironmentOs,
  ScopeFeature,
  ScopeFeatureCell,
  ScopeHardware,
  ScopeItemVerdict,
  ScopeItManagement,
  ScopeLine,
  ScopeLineCondition,
  ScopeLines,
  ScopeMinimumVersion,
  ScopeMinimumVersionDefinition,
  ScopeNotice,
  ScopeOperatingSystem,
  ScopeOsEquivalent,
  ScopeOsEquivalents,
  ScopeResolvedName,
  ScopeSection,
  ScopeSoftware,
  ScopeTool,
  ScopeToolOs,
  ScopeUnknownNames,
  ScopeVersionScheme,
  SoftwareSubject,
  SupportScope,
  SupportScopeCheck,
  SupportScopeSubject,
  ToolSubject,
  UnlistedItPlans,
  UnnamedLines,
  UnstatedPlanRestriction,
} from '../scope/index.js';

export { checkServiceConditions } from '../scope/index.js';

export type {
  CheckServiceConditionsInput,
  ServiceCondition,
  ServiceConditionKind,
  ServiceConditionsCheck,
  ServiceConditionsVerdict,
  ServiceRequest,
} from '../scope/index.js';
