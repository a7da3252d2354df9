/**
 * The `scope` section of a document fixture (issue 9): which lines, devices, operating systems and
 * software a service supports. Every list entry and matrix cell is a fact with its source passage.
 * Operating systems, device types and lines are named once per document (`operatingSystems`,
 * `deviceTypes`, `lines.named`) and referred to by id elsewhere in the section.
 */
// @ts-nocheck

import { z } from 'zod';
import { ServiceConditionSchema } from './conditions-schema.js';
import { IdSchema, SourceSchema } from '../catalog/primitives.js';
import { ContractRulesError } from '../errors.js';
import { parseScopeMinimumVersion } from './version.js';

const Text = z.string().min(1);

/**
 * A minimum version: the text as written and its parsed form, which must agree.
 * @example ScopeMinimumVersionSchema.safeParse({ asWritten: '10.4.10以上', scheme: 'dotted', components: [10, 4, 1], wildcard: false }).success //=> false
 */
export const ScopeMinimumVersionSchema = z
  .object({
    asWritten: Text.describe('The minimum as written, with its bound: 2009以降, 1.x以降, V15以降, 10.4.10以上'),
    scheme: z.enum(['dotted', 'year', 'v-number']),
    components: z.array(z.number().int().nonnegative()).min(1).describe('Numeric components: 10.4.10 → [10, 4, 10]; 1.x → [1]'),
    wildcard: z.boolean().describe('True for a minimum ending in .x'),
  })
  .strict()
  .superRefine((m, ctx) => {
    let parsed;
    try {
      parsed = parseScopeMinimumVersion(m.asWritten);
    } catch (e) {
      ctx.addIssue({ code: 'custom', path: ['asWritten'], message: e instanceof ContractRulesError ? e.message : String(e) });
      return;
    }
    if (parsed.scheme !== m.scheme) ctx.addIssue({ code: 'custom', path: ['scheme'], message: `${m.asWritten} reads as scheme ${parsed.scheme}` });
    if (parsed.wildcard !== m.wildcard) ctx.addIssue({ code: 'custom', path: ['wildcard'], message: `${m.asWritten} reads as wildcard ${parsed.wildcard}` });
    if (parsed.components.join('.') !== m.components.join('.')) {
      ctx.addIssue({ code: 'custom', path: ['components'], message: `${m.asWritten} reads as [${parsed.components.join(', ')}]` });
    }
  })
  .describe('Minimum version, inclusive');

/** An operating system a document names, with the spellings it uses. */
export const ScopeOperatingSystemSchema = z
  .object({
    id: IdSchema.describe('windows, macos, android, ios, ipados …'),
    names: z.array(Text).min(1).describe('Names as written in the document'),
    aliases: z.array(Text).optional().describe('Other spellings accepted on input (not from the document)'),
    source: SourceSchema,
  })
  .strict();

/** A kind of device a document names (パソコン, スマートフォン, タブレット). */
export const ScopeDeviceTypeSchema = z
  .object({
    id: IdSchema.describe('pc, smartphone, tablet'),
    names: z.array(Text).min(1),
    aliases: z.array(Text).optional(),
    source: SourceSchema,
  })
  .strict();

/** An operating system read as another where a list names only the other (iPadOS under iOS). */
export const ScopeOsEquivalentSchema = z
  .object({
    os: IdSchema,
    countsAs: IdSchema,
    source: SourceSchema.describe('The lists involved; the note names the interpretation'),
  })
  .strict();

/** Something a user of a line must know (metered traffic). */
export const ScopeNoticeSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(['metered-traffic']),
    text: Text.describe('As written'),
    source: SourceSchema,
  })
  .strict();

/** A line the document names, and whether the service is provided on it. */
export const ScopeLineSchema = z
  .object({
    id: IdSchema,
    name: Text.describe('As written'),
    aliases: z.array(Text).optional(),
    reachesInternet: z.boolean().describe('Whether the document presents it as a line that reaches the internet'),
    eligibility: z.enum(['eligible', 'not-eligible', 'restricted']),
    restriction: z
      .object({
        plans: z.union([z.literal('unknown'), z.array(IdSchema).min(1)]).describe("The plans provided on the line, or 'unknown' where the document does not say"),
        asWritten: Text,
        source: SourceSchema,
      })
      .strict()
      .optional(),
    includedIn: IdSchema.optional().describe('Id of the named line this one is stated to be part of (コラボ光 in フレッツ光)'),
    notices: z.array(ScopeNoticeSchema).optional(),
    source: SourceSchema,
  })
  .strict()
  .superRefine((l, ctx) => {
    if ((l.eligibility === 'restricted') !== (l.restriction !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['restriction'], message: 'A restriction is given exactly when eligibility is restricted' });
    }
  });

/** A condition the document puts on every line (a provider contract). */
export const ScopeLineConditionSchema = z
  .object({ id: IdSchema, kind: z.enum(['provider-contract']), text: Text, source: SourceSchema })
  .strict();

/** Which lines a service is provided on. */
export const ScopeLinesSchema = z
  .object({
    named: z.array(ScopeLineSchema),
    otherLines: z
      .object({
        eligibility: z.enum(['eligible-if-internet', 'not-eligible']).describe('Lines the document does not name'),
        asWritten: Text,
        source: SourceSchema,
      })
      .strict(),
    conditions: z.array(ScopeLineConditionSchema).optional(),
  })
  .strict();

/** The unit one contract covers (1インターネット回線ごと, 1IDごと). */
export const ScopeContractUnitSchema = z
  .object({
    id: IdSchema,
    appliesTo: z.array(IdSchema).min(1).describe('Plan ids'),
    unit: z.enum(['internet-line', 'id']),
    asWritten: Text,
    source: SourceSchema,
  })
  .strict();

/** An operating system a tool installs on, optionally only on some device types. */
export const ScopeToolOsSchema = z
  .object({
    os: IdSchema,
    asWritten: Text,
    deviceTypes: z.array(IdSchema).min(1).optional().describe('Device types the OS is supported on; absent: every device type of the tool'),
    source: SourceSchema,
  })
  .strict();

/** A tool installed on the user's devices (リモートサポートツール, IT運用管理ツール). */
export const ScopeToolSchema = z
  .object({
    id: IdSchema,
    name: Text,
    aliases: z.array(Text).optional(),
    deviceTypes: z.array(z.object({ deviceType: IdSchema, asWritten: Text, source: SourceSchema }).strict()).min(1),
    os: z.array(ScopeToolOsSchema).min(1),
    excludedOs: z.array(z.object({ os: IdSchema, asWritten: Text, source: SourceSchema }).strict()).optional(),
    source: SourceSchema,
  })
  .strict();

/** One cell of the feature-by-OS table: ○ (with an optional restriction such as SDカードのみ) or blank. */
export const ScopeFeatureCellSchema = z
  .object({
    os: IdSchema,
    mark: z.enum(['circle', 'blank']),
    restriction: Text.optional().describe('Text written in the cell beside ○'),
    source: SourceSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.mark === 'blank' && c.restriction !== undefined) ctx.addIssue({ code: 'custom', path: ['restriction'], message: 'A blank cell has no restriction' });
  });

/** One row of the feature-by-OS table. */
export const ScopeFeatureSchema = z
  .object({
    id: IdSchema,
    name: Text,
    description: Text,
    cells: z.array(ScopeFeatureCellSchema).min(1),
    source: SourceSchema,
  })
  .strict();

/** IT management (IT運用管理): which plans include it, their device limits, the feature table. */
export const ScopeItManagementSchema = z
  .object({
    toolId: IdSchema.describe('Id of the tool in `tools`'),
    plans: z
      .array(
        z
          .object({
            planId: IdSchema,
            maxDevices: z.number().int().positive().describe('Inclusive upper limit (～3台 → 3)'),
            asWritten: Text,
            source: SourceSchema,
          })
          .strict(),
      )
      .min(1),
    excludedPlans: z.array(z.object({ planId: IdSchema, asWritten: Text, source: SourceSchema }).strict()).optional(),
    onlyListedPlans: z
      .object({ asWritten: Text, source: SourceSchema })
      .strict()
      .optional()
      .describe('The document limits IT management to the listed plans (…限定)'),
    optionsDoNotChangeLimit: z.object({ asWritten: Text, source: SourceSchema }).strict().optional(),
    featureMatrix: z
      .object({
        columns: z.array(z.object({ os: IdSchema, asWritten: Text, source: SourceSchema }).strict()).min(1),
        features: z.array(ScopeFeatureSchema).min(1),
      })
      .strict()
      .superRefine((m, ctx) => {
        const cols = m.columns.map((c) => c.os);
        m.features.forEach((f, i) => {
          const got = f.cells.map((c) => c.os);
          if (got.length !== cols.length || cols.some((c) => !got.includes(c))) {
            ctx.addIssue({ code: 'custom', path: ['features', i, 'cells'], message: `Expected one cell per column (${cols.join(', ')}), got ${got.join(', ')}` });
          }
        });
      })
      .optional(),
    source: SourceSchema,
  })
  .strict();

/** Software the support covers (サポート範囲 ソフトウェア). `minimum: null` where no version is stated. */
export const ScopeSoftwareSchema = z
  .object({
    id: IdSchema,
    category: z.enum(['browser', 'mail', 'ftp', 'security-software']),
    name: Text.describe('As written'),
    aliases: z.array(Text).optional(),
    minimum: ScopeMinimumVersionSchema.nullable(),
    coverage: Text.describe('What the support covers, as written'),
    source: SourceSchema,
  })
  .strict();

/** Hardware the support covers (サポート範囲 ハードウェア). */
export const ScopeHardwareSchema = z
  .object({
    id: IdSchema,
    category: z.enum(['ip-phone-device']),
    name: Text,
    aliases: z.array(Text).optional(),
    coverage: Text,
    source: SourceSchema,
  })
  .strict();

/** An operating system of the recommended environment, with its versions (a list or a minimum). */
export const ScopeEnvironmentOsSchema = z
  .object({
    os: IdSchema,
    asWritten: Text,
    versions: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('one-of'), values: z.array(Text).min(1) }).strict(),
      z.object({ kind: z.literal('minimum'), minimum: ScopeMinimumVersionSchema }).strict(),
    ]),
    source: SourceSchema,
  })
  .strict();

/** The recommended environment (動作推奨環境) of a remote-support tool. */
export const ScopeEnvironmentSchema = z
  .object({
    os: z
      .object({
        entries: z.array(ScopeEnvironmentOsSchema).min(1),
        language: z.object({ language: z.string().regex(/^[a-z]{2}$/), asWritten: Text, source: SourceSchema }).strict().optional(),
        excludedArchitectures: z
          .array(z.object({ id: IdSchema, name: Text, aliases: z.array(Text).optional(), asWritten: Text, source: SourceSchema }).strict())
          .optional(),
      })
      .strict(),
    browsers: z
      .array(z.object({ id: IdSchema, name: Text, aliases: z.array(Text).optional(), minimum: ScopeMinimumVersionSchema, source: SourceSchema }).strict())
      .optional(),
    cpu: z.object({ model: Text, minimumClockMHz: z.number().positive(), asWritten: Text, source: SourceSchema }).strict().optional(),
    socket: z.object({ name: Text, minimum: ScopeMinimumVersionSchema, source: SourceSchema }).strict().optional(),
    network: z
      .object({ protocol: Text, openPorts: z.array(z.number().int().min(1).max(65535)).min(1), asWritten: Text, source: SourceSchema })
      .strict()
      .optional(),
  })
  .strict();

/** A caveat the document attaches to its support scope (even within scope, support may be refused). */
export const ScopeCaveatSchema = z.object({ id: IdSchema, text: Text, source: SourceSchema }).strict();

/**
 * Section of a document fixture: service scope (issue 9). Cross-references are checked: every OS and
 * device type a tool, table or environment uses is named in the section; `itManagement.toolId` is a tool.
 * @example ScopeSectionSchema.safeParse({ tools: [{ id: 't', name: 'T', deviceTypes: [], os: [], source }] }).success //=> false
 */
export const ScopeSectionSchema = z
  .object({
    operatingSystems: z.array(ScopeOperatingSystemSchema).optional(),
    deviceTypes: z.array(ScopeDeviceTypeSchema).optional(),
    osEquivalents: z.array(ScopeOsEquivalentSchema).optional(),
    lines: ScopeLinesSchema.optional(),
    contractUnits: z.array(ScopeContractUnitSchema).optional(),
    tools: z.array(ScopeToolSchema).optional(),
    itManagement: ScopeItManagementSchema.optional(),
    software: z.array(ScopeSoftwareSchema).optional(),
    hardware: z.array(ScopeHardwareSchema).optional(),
    environment: ScopeEnvironmentSchema.optional(),
    caveats: z.array(ScopeCaveatSchema).optional(),
    conditions: z.array(ServiceConditionSchema).optional().describe('Conditions of support outside the lists (sites, region, language, 代理入力, tools)'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const osIds = new Set((s.operatingSystems ?? []).map((o) => o.id));
    const typeIds = new Set((s.deviceTypes ?? []).map((d) => d.id));
    const os = (id: string, path: ReadonlyArray<string | number>) => {
      if (!osIds.has(id)) ctx.addIssue({ code: 'custom', path: [...path], message: `Unknown operating system ${id}: add it to operatingSystems` });
    };
    const type = (id: string, path: ReadonlyArray<string | number>) => {
      if (!typeIds.has(id)) ctx.addIssue({ code: 'custom', path: [...path], message: `Unknown device type ${id}: add it to deviceTypes` });
    };
    s.osEquivalents?.forEach((e, i) => {
      os(e.os, ['osEquivalents', i, 'os']);
      os(e.countsAs, ['osEquivalents', i, 'countsAs']);
    });
    s.tools?.forEach((t, i) => {
      const toolTypes = new Set(t.deviceTypes.map((d) => d.deviceType));
      t.deviceTypes.forEach((d, j) => type(d.deviceType, ['tools', i, 'deviceTypes', j, 'deviceType']));
      t.os.forEach((o, j) => {
        os(o.os, ['tools', i, 'os', j, 'os']);
        o.deviceTypes?.forEach((d, k) => {
          if (!toolTypes.has(d)) ctx.addIssue({ code: 'custom', path: ['tools', i, 'os', j, 'deviceTypes', k], message: `Device type ${d} is not one of the tool's` });
        });
      });
      t.excludedOs?.forEach((o, j) => {
        os(o.os, ['tools', i, 'excludedOs', j, 'os']);
        if (t.os.some((x) => x.os === o.os)) ctx.addIssue({ code: 'custom', path: ['tools', i, 'excludedOs', j, 'os'], message: `${o.os} is both supported and excluded` });
      });
    });
    if (s.itManagement) {
      if (!s.tools?.some((t) => t.id === s.itManagement!.toolId)) {
        ctx.addIssue({ code: 'custom', path: ['itManagement', 'toolId'], message: `No tool ${s.itManagement.toolId} in tools` });
      }
      s.itManagement.featureMatrix?.columns.forEach((c, i) => os(c.os, ['itManagement', 'featureMatrix', 'columns', i, 'os']));
    }
    s.environment?.os.entries.forEach((e, i) => os(e.os, ['environment', 'os', 'entries', i, 'os']));
    const ids = new Map<string, string>();
    const unique = (id: string, path: ReadonlyArray<string | number>) => {
      if (ids.has(id)) ctx.addIssue({ code: 'custom', path: [...path], message: `Duplicate id ${id} (also ${ids.get(id)})` });
      ids.set(id, path.join('.'));
    };
    s.lines?.named.forEach((l, i) => unique(l.id, ['lines', 'named', i, 'id']));
    s.software?.forEach((x, i) => unique(x.id, ['software', i, 'id']));
    s.hardware?.forEach((x, i) => unique(x.id, ['hardware', i, 'id']));
    s.environment?.browsers?.forEach((x, i) => unique(`environment:${x.id}`, ['environment', 'browsers', i, 'id']));
    s.tools?.forEach((x, i) => unique(`tool:${x.id}`, ['tools', i, 'id']));
    s.itManagement?.featureMatrix?.features.forEach((x, i) => unique(`feature:${x.id}`, ['itManagement', 'featureMatrix', 'features', i, 'id']));
    const lineIds = new Set(s.lines?.named.map((l) => l.id));
    s.lines?.named.forEach((l, i) => {
      if (l.includedIn !== undefined && !lineIds.has(l.includedIn)) {
        ctx.addIssue({ code: 'custom', path: ['lines', 'named', i, 'includedIn'], message: `No named line ${l.includedIn}` });
      }
    });
  });

/** The parsed shape of {@link ScopeMinimumVersionSchema}. */
export type ScopeMinimumVersionDefinition = z.infer<typeof ScopeMinimumVersionSchema>;
/** The parsed shape of {@link ScopeOperatingSystemSchema}. */
export type ScopeOperatingSystem = z.infer<typeof ScopeOperatingSystemSchema>;
/** The parsed shape of {@link ScopeDeviceTypeSchema}. */
export type ScopeDeviceType = z.infer<typeof ScopeDeviceTypeSchema>;
/** The parsed shape of {@link ScopeOsEquivalentSchema}. */
export type ScopeOsEquivalent = z.infer<typeof ScopeOsEquivalentSchema>;
/** The parsed shape of {@link ScopeNoticeSchema}. */
export type ScopeNotice = z.infer<typeof ScopeNoticeSchema>;
/** The parsed shape of {@link ScopeLineSchema}. */
export type ScopeLine = z.infer<typeof ScopeLineSchema>;
/** The parsed shape of {@link ScopeLineConditionSchema}. */
export type ScopeLineCondition = z.infer<typeof ScopeLineConditionSchema>;
/** The parsed shape of {@link ScopeLinesSchema}. */
export type ScopeLines = z.infer<typeof ScopeLinesSchema>;
/** The parsed shape of {@link ScopeContractUnitSchema}. */
export type ScopeContractUnit = z.infer<typeof ScopeContractUnitSchema>;
/** The parsed shape of {@link ScopeToolOsSchema}. */
export type ScopeToolOs = z.infer<typeof ScopeToolOsSchema>;
/** The parsed shape of {@link ScopeToolSchema}. */
export type ScopeTool = z.infer<typeof ScopeToolSchema>;
/** The parsed shape of {@link ScopeFeatureCellSchema}. */
export type ScopeFeatureCell = z.infer<typeof ScopeFeatureCellSchema>;
/** The parsed shape of {@link ScopeFeatureSchema}. */
export type ScopeFeature = z.infer<typeof ScopeFeatureSchema>;
/** The parsed shape of {@link ScopeItManagementSchema}. */
export type ScopeItManagement = z.infer<typeof ScopeItManagementSchema>;
/** The parsed shape of {@link ScopeSoftwareSchema}. */
export type ScopeSoftware = z.infer<typeof ScopeSoftwareSchema>;
/** The parsed shape of {@link ScopeHardwareSchema}. */
export type ScopeHardware = z.infer<typeof ScopeHardwareSchema>;
/** The parsed shape of {@link ScopeEnvironmentOsSchema}. */
export type ScopeEnvironmentOs = z.infer<typeof ScopeEnvironmentOsSchema>;
/** The parsed shape of {@link ScopeEnvironmentSchema}. */
export type ScopeEnvironment = z.infer<typeof ScopeEnvironmentSchema>;
/** The parsed shape of {@link ScopeCaveatSchema}. */
export type ScopeCaveat = z.infer<typeof ScopeCaveatSchema>;
/** The parsed shape of {@link ScopeSectionSchema}. */
export type ScopeSection = z.infer<typeof ScopeSectionSchema>;
