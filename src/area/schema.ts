/**
 * Zod schemas of the area module: the `areaRules` section of a document fixture (what a document
 * says about islands, mountain areas and 帰還困難区域), and the two standalone fixtures
 * `fixtures/municipalities.json` (every municipality, CC0 localgovjp) and `fixtures/areas.json`
 * (islands, island districts, 帰還困難区域 with their lifts).
 *
 * This file must not import the catalog's document schema (src/schemas/document.ts composes it).
 */
import { z } from 'zod';
import { municipalityCheckDigit } from './code.js';
import { IdSchema, IsoDateSchema, SourceSchema, TimeOfDaySchema } from '../catalog/primitives.js';

/**
 * A 6-digit 全国地方公共団体コード whose check digit is right.
 * @example MunicipalityCodeSchema.safeParse('133613').success //=> false
 */
export const MunicipalityCodeSchema = z
  .string()
  .regex(/^\d{6}$/, 'Expected a 6-digit municipality code (全国地方公共団体コード)')
  .refine((c) => municipalityCheckDigit(c.slice(0, 5)) === c.charCodeAt(5) - 48, 'Wrong check digit')
  .describe('6-digit 全国地方公共団体コード with its check digit');

/**
 * How an area rule affects service.
 * @example AreaEffectSchema.parse('application-may-be-refused') //=> 'application-may-be-refused'
 */
export const AreaEffectSchema = z
  .enum([
    'maintenance-may-be-unavailable',
    'night-maintenance-may-be-unavailable',
    'application-may-be-refused',
    'onsite-exchange-may-be-unavailable',
  ])
  .describe('What the document says may happen in the area');

/**
 * Which islands an island condition covers: any recorded island, or only designated remote islands.
 * @example AreaIslandScopeSchema.safeParse('all').success //=> false
 */
export const AreaIslandScopeSchema = z
  .enum(['any-island', 'designated-remote-island'])
  .describe('any-island: every island in the area data; designated-remote-island: islands under 離島振興法 or the Okinawa, Amami, Ogasawara laws');

/**
 * An island a document names as an exception, as written, and the island id in the area data.
 * @example AreaIslandExceptionSchema.parse({ name: '江ノ島', islandId: 'enoshima' }).islandId //=> 'enoshima'
 */
export const AreaIslandExceptionSchema = z
  .object({
    name: z.string().min(1).describe('Island name as written in the document'),
    islandId: IdSchema.describe('Id of the island in fixtures/areas.json'),
  })
  .strict();

/**
 * One area rule of a document: when it applies, what it does, to which plans or options.
 * @example AreaRuleSchema.safeParse({ id: 'x', effect: 'application-may-be-refused', when: {}, source }).success //=> false (no condition)
 */
export const AreaRuleSchema = z
  .object({
    id: IdSchema,
    effect: AreaEffectSchema,
    when: z
      .object({
        island: z
          .object({
            scope: AreaIslandScopeSchema,
            exceptIslands: z.array(AreaIslandExceptionSchema).optional(),
          })
          .strict()
          .optional(),
        mountainous: z.literal(true).optional(),
        returnDifficultZone: z.literal(true).optional(),
      })
      .strict()
      .refine((w) => w.island !== undefined || w.mountainous !== undefined || w.returnDifficultZone !== undefined, 'A rule needs at least one condition'),
    appliesTo: z
      .object({ plans: z.array(IdSchema).min(1).optional(), options: z.array(IdSchema).min(1).optional() })
      .strict()
      .optional()
      .describe('Plans and options the rule concerns; absent means every plan of the document'),
    source: SourceSchema,
  })
  .strict();

/**
 * Section of a document fixture: remote-area rules (issue 7). Rule ids are unique within the section.
 * @example AreaRulesSectionSchema.parse(getDocument('office-anshin-support').areaRules).rules[0]?.effect //=> 'maintenance-may-be-unavailable'
 */
export const AreaRulesSectionSchema = z
  .object({ rules: z.array(AreaRuleSchema).min(1) })
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `Duplicate area rule id ${r.id}` });
      seen.add(r.id);
    });
  });

// ---------------------------------------------------------------------------------------------
// fixtures/municipalities.json

/**
 * One municipality, as in the CC0 localgovjp dataset (ward rows: "札幌市 中央区").
 * @example MunicipalityRecordSchema.parse({ code: '142107', prefecture: '神奈川県', name: '三浦市', kana: 'みうらし' }).name //=> '三浦市'
 */
export const MunicipalityRecordSchema = z
  .object({
    code: MunicipalityCodeSchema,
    prefecture: z.string().min(2),
    name: z.string().min(1).describe('As in the dataset; wards of designated cities as "city ward" with one space'),
    kana: z.string().min(1),
  })
  .strict();

/**
 * `fixtures/municipalities.json`: the dataset's provenance and every municipality. Codes are unique and check-digit verified.
 * @example MunicipalitiesFixtureSchema.parse(municipalitiesJson).dataset.version //=> '2026-07-09'
 */
export const MunicipalitiesFixtureSchema = z
  .object({
    $schema: z.string().optional(),
    dataset: z
      .object({
        name: z.string().min(1),
        publisher: z.string().min(1),
        license: z.string().min(1),
        version: IsoDateSchema,
        url: z.string().min(1).optional(),
        source: SourceSchema,
      })
      .strict(),
    municipalities: z.array(MunicipalityRecordSchema).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.municipalities.forEach((m, i) => {
      if (seen.has(m.code)) ctx.addIssue({ code: 'custom', path: ['municipalities', i, 'code'], message: `Duplicate code ${m.code}` });
      seen.add(m.code);
    });
  });

// ---------------------------------------------------------------------------------------------
// fixtures/areas.json

/**
 * Ids of the island laws (離島振興法 and the Okinawa, Amami, Ogasawara laws).
 * @example IslandDesignationIdSchema.options //=> ['remote-islands-act', 'okinawa-remote-islands', 'amami', 'ogasawara']
 */
export const IslandDesignationIdSchema = z.enum(['remote-islands-act', 'okinawa-remote-islands', 'amami', 'ogasawara']);

/**
 * A law under which islands are designated remote islands.
 * @example IslandDesignationSchema.parse(bundledAreaData().areas.designations[2]).law //=> '奄美群島振興開発特別措置法 (昭和29年法律第189号)'
 */
export const IslandDesignationSchema = z
  .object({ id: IslandDesignationIdSchema, name: z.string().min(1), law: z.string().min(1), source: SourceSchema })
  .strict();

/**
 * An inhabited island (or the main island of a group) known to the area data.
 * @example IslandSchema.parse(bundledAreaData().index.islandById.get('enoshima')).aliases //=> ['江ノ島']
 */
export const IslandSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    kana: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).optional().describe('Other spellings (also accepted in addresses unless matchAsAddress is false)'),
    designation: IslandDesignationIdSchema.nullable().describe('The law that designates it a remote island; null when none is recorded'),
    matchAsAddress: z.literal(false).optional().describe('false: the name is too common to be read as the start of an address'),
    bridged: z.literal(true).optional().describe('true: joined to the mainland by a bridge or causeway (recorded where a source says so)'),
    note: z.string().min(1).optional(),
    source: SourceSchema,
  })
  .strict();

/**
 * A municipality that lies wholly on islands, and which islands.
 * @example IslandMunicipalitySchema.parse(bundledAreaData().areas.islandMunicipalities[0]).municipality //=> '礼文町'
 */
export const IslandMunicipalitySchema = z
  .object({
    municipalityCode: MunicipalityCodeSchema,
    municipality: z.string().min(1).describe('Name, for readers; checked against the municipality table'),
    islandIds: z.array(IdSchema).min(1),
    restIslandId: IdSchema.optional().describe('The island of any district not listed in islandDistricts'),
    note: z.string().min(1).optional(),
    source: SourceSchema,
  })
  .strict();

/**
 * A 町字 of the municipality whose name begins with one of a record's districts but which is not on the island
 * (気仙沼市田尻沢, not 田尻): an address in it is not matched by that district.
 * @example OtherDistrictSchema.parse({ name: '田尻沢', source: { document: 'ref:japanpost-ken-all', passage: '9880825,042056,田尻沢' } }).name //=> '田尻沢'
 */
export const OtherDistrictSchema = z
  .object({
    name: z.string().min(1),
    source: SourceSchema,
  })
  .strict();

/**
 * Districts (町字, matched as prefixes of the address after the municipality) that lie on an island; `otherDistricts`
 * names the 町字 that begin with one of them but lie elsewhere.
 * @example IslandDistrictSchema.parse(bundledAreaData().areas.islandDistricts[1]).islandId //=> 'enoshima'
 */
export const IslandDistrictSchema = z
  .object({
    municipalityCode: MunicipalityCodeSchema,
    municipality: z.string().min(1),
    districts: z.array(z.string().min(1)).min(1),
    islandId: IdSchema,
    note: z.string().min(1).optional(),
    source: SourceSchema,
    otherDistricts: z.array(OtherDistrictSchema).min(1).optional().describe('町字 that begin with a listed district but are not on the island'),
  })
  .strict();

/**
 * One lifting of part of a 帰還困難区域.
 * @example ZoneLiftSchema.safeParse({ date: '2020-03-04', kind: 'station-area', area: 'x', source }).success //=> true
 */
export const ZoneLiftSchema = z
  .object({
    date: IsoDateSchema,
    time: TimeOfDaySchema.optional().describe('Japan time the lift took effect; 00:00 when absent'),
    kind: z.enum(['station-area', 'specific-reconstruction-base', 'point-line-base', 'specific-return-residence-area', 'other']),
    area: z.string().min(1),
    source: SourceSchema,
  })
  .strict();

/**
 * One lift of part or all of a district's 帰還困難区域.
 * @example ZoneDistrictLiftSchema.safeParse({ date: '2023-03-31', time: '10:00', kind: 'specific-reconstruction-base', extent: 'part', area: 'x', source }).success //=> true
 */
export const ZoneDistrictLiftSchema = z
  .object({
    date: IsoDateSchema,
    time: TimeOfDaySchema.optional().describe('Japan time the lift took effect; 00:00 when absent'),
    kind: z.enum(['station-area', 'specific-reconstruction-base', 'point-line-base', 'specific-return-residence-area', 'other']),
    extent: z.enum(['whole', 'part']).describe('whole: the rest of the district left the zone; part: some of it remains'),
    area: z.string().min(1),
    source: SourceSchema,
  })
  .strict();

/**
 * A district (大字・行政区, matched as a prefix of the address after the municipality) of a zone municipality.
 * `zone`: whole (wholly designated), part (partly), in (designated, extent not stated), never (never in a zone).
 * @example ZoneDistrictSchema.parse(bundledAreaData().index.zoneByCode.get('075451')?.record.districts?.[0]).district //=> '野上'
 */
export const ZoneDistrictSchema = z
  .object({
    district: z.string().min(1),
    zone: z.enum(['whole', 'part', 'in', 'never']),
    lifts: z.array(ZoneDistrictLiftSchema),
    note: z.string().min(1).optional(),
    source: SourceSchema,
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.zone === 'never' && d.lifts.length > 0) ctx.addIssue({ code: 'custom', path: ['lifts'], message: 'A district never in a zone has no lifts' });
    for (let i = 1; i < d.lifts.length; i++) {
      const a = d.lifts[i - 1]!;
      const b = d.lifts[i]!;
      if (`${b.date}T${b.time ?? '00:00'}` < `${a.date}T${a.time ?? '00:00'}`) ctx.addIssue({ code: 'custom', path: ['lifts', i, 'date'], message: 'Lifts must be in date order' });
    }
  });

/**
 * A 振興山村 (山村振興法) entry: a former municipality (旧市町村) of a present municipality.
 * `extent`: whole (the municipality is wholly the 振興山村), part (only part of it), unknown (the source does not say).
 * @example MountainVillageSchema.parse(bundledAreaData().areas.mountainVillages?.entries[0]).municipality //=> '檜原村'
 */
export const MountainVillageSchema = z
  .object({
    municipalityCode: MunicipalityCodeSchema,
    municipality: z.string().min(1),
    formerMunicipality: z.string().min(1).nullable().describe('旧市町村 as of 1950-02-01; null when the source does not name it'),
    extent: z.enum(['whole', 'part', 'unknown']),
    designatedFiscalYear: z.number().int().min(1965).max(2100),
    note: z.string().min(1).optional(),
    source: SourceSchema,
  })
  .strict();

/**
 * A municipality that contains 帰還困難区域, with its lifts.
 * @example ReturnDifficultZoneSchema.parse(bundledAreaData().areas.returnDifficultZones.municipalities[0]).lifts //=> []
 */
export const ReturnDifficultZoneSchema = z
  .object({
    municipalityCode: MunicipalityCodeSchema,
    municipality: z.string().min(1),
    designatedOn: z
      .object({ date: IsoDateSchema, source: SourceSchema })
      .strict()
      .nullable()
      .describe('null: the designation date is not recorded'),
    lifts: z.array(ZoneLiftSchema),
    specificReturnResidencePlans: z
      .array(z.object({ approvedOn: IsoDateSchema, note: z.string().min(1).optional(), source: SourceSchema }).strict())
      .describe('特定帰還居住区域 plans (not lifts)'),
    fullyLiftedOn: z
      .object({ date: IsoDateSchema, source: SourceSchema })
      .strict()
      .nullable()
      .describe('null: the zone has not been fully lifted as of dataAsOf'),
    note: z.string().min(1).optional(),
    districts: z.array(ZoneDistrictSchema).optional().describe('Districts known to be in (or never in) the zone'),
    districtsComplete: z
      .object({ source: SourceSchema })
      .strict()
      .optional()
      .describe('Present when the districts listed hold the whole zone: any other district was never in it'),
    source: SourceSchema,
  })
  .strict()
  .superRefine((z0, ctx) => {
    for (let i = 1; i < z0.lifts.length; i++) {
      const a = z0.lifts[i - 1]!;
      const b = z0.lifts[i]!;
      if (`${b.date}T${b.time ?? '00:00'}` < `${a.date}T${a.time ?? '00:00'}`) {
        ctx.addIssue({ code: 'custom', path: ['lifts', i, 'date'], message: 'Lifts must be in date order' });
      }
    }
  });

/**
 * `fixtures/areas.json`: islands, island districts and 帰還困難区域. Island ids are unique and every reference resolves;
 * lifts are in date order. Municipality codes are checked against the municipality table by {@link loadAreaData}.
 * @example AreasFixtureSchema.parse(areasJson).returnDifficultZones.municipalities.length //=> 7
 */
export const AreasFixtureSchema = z
  .object({
    $schema: z.string().optional(),
    designations: z.array(IslandDesignationSchema),
    islands: z.array(IslandSchema),
    islandMunicipalities: z.array(IslandMunicipalitySchema),
    islandDistricts: z.array(IslandDistrictSchema),
    returnDifficultZones: z
      .object({
        dataAsOf: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month YYYY-MM'),
        note: z.string().min(1).optional(),
        source: SourceSchema,
        municipalities: z.array(ReturnDifficultZoneSchema),
      })
      .strict(),
    mountainVillages: z
      .object({ note: z.string().min(1), entries: z.array(MountainVillageSchema) })
      .strict()
      .optional()
      .describe('振興山村 (山村振興法) by former municipality'),
  })
  .strict()
  .superRefine((f, ctx) => {
    const ids = new Set<string>();
    f.islands.forEach((isl, i) => {
      if (ids.has(isl.id)) ctx.addIssue({ code: 'custom', path: ['islands', i, 'id'], message: `Duplicate island id ${isl.id}` });
      ids.add(isl.id);
    });
    const checkId = (id: string, path: (string | number)[]) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path, message: `Unknown island id ${id}` });
    };
    const muniSeen = new Set<string>();
    f.islandMunicipalities.forEach((m, i) => {
      if (muniSeen.has(m.municipalityCode)) {
        ctx.addIssue({ code: 'custom', path: ['islandMunicipalities', i, 'municipalityCode'], message: `Duplicate municipality ${m.municipalityCode}` });
      }
      muniSeen.add(m.municipalityCode);
      m.islandIds.forEach((id, j) => checkId(id, ['islandMunicipalities', i, 'islandIds', j]));
      if (m.restIslandId !== undefined) {
        checkId(m.restIslandId, ['islandMunicipalities', i, 'restIslandId']);
        if (!m.islandIds.includes(m.restIslandId)) {
          ctx.addIssue({ code: 'custom', path: ['islandMunicipalities', i, 'restIslandId'], message: 'restIslandId must be one of islandIds' });
        }
      }
    });
    f.islandDistricts.forEach((d, i) => checkId(d.islandId, ['islandDistricts', i, 'islandId']));
    const zoneSeen = new Set<string>();
    f.returnDifficultZones.municipalities.forEach((z0, i) => {
      if (zoneSeen.has(z0.municipalityCode)) {
        ctx.addIssue({ code: 'custom', path: ['returnDifficultZones', 'municipalities', i, 'municipalityCode'], message: `Duplicate municipality ${z0.municipalityCode}` });
      }
      zoneSeen.add(z0.municipalityCode);
    });
  });

/**
 * A 6-digit municipality code with a correct check digit.
 * @example const c: MunicipalityCode = '133612';
 */
export type MunicipalityCode = z.infer<typeof MunicipalityCodeSchema>;
/**
 * What an area rule says may happen.
 * @example const e: AreaEffect = 'night-maintenance-may-be-unavailable';
 */
export type AreaEffect = z.infer<typeof AreaEffectSchema>;
/**
 * Which islands an island rule covers.
 * @example const s: AreaIslandScope = 'designated-remote-island';
 */
export type AreaIslandScope = z.infer<typeof AreaIslandScopeSchema>;
/**
 * One area rule of a document (000 and 004 have two each).
 * @example getDocument('office-anshin-support').areaRules?.rules[1]?.id //=> 'oas-area-night-maintenance'
 */
export type AreaRule = z.infer<typeof AreaRuleSchema>;
/**
 * The `areaRules` section of a document fixture.
 * @example getDocument('iij-mpc-ultra-sendback').areaRules?.rules.length //=> 2
 */
export type AreaRulesSection = z.infer<typeof AreaRulesSectionSchema>;
/**
 * One row of fixtures/municipalities.json.
 * @example bundledAreaData().dataset.license //=> 'CC0-1.0'
 */
export type MunicipalityRecord = z.infer<typeof MunicipalityRecordSchema>;
/**
 * The content of fixtures/municipalities.json.
 * @example MunicipalitiesFixtureSchema.parse(json).municipalities.length //=> 1916
 */
export type MunicipalitiesFixture = z.infer<typeof MunicipalitiesFixtureSchema>;
/**
 * The law designating an island a remote island.
 * @example const d: IslandDesignationId = 'amami';
 */
export type IslandDesignationId = z.infer<typeof IslandDesignationIdSchema>;
/**
 * A designation law as recorded in fixtures/areas.json.
 * @example bundledAreaData().areas.designations[0]?.id //=> 'remote-islands-act'
 */
export type IslandDesignation = z.infer<typeof IslandDesignationSchema>;
/**
 * An island of fixtures/areas.json.
 * @example bundledAreaData().index.islandById.get('jogashima')?.name //=> '城ヶ島'
 */
export type IslandRecord = z.infer<typeof IslandSchema>;
/**
 * A municipality wholly on islands.
 * @example bundledAreaData().index.islandMunicipalityByCode.get('133639')?.record.islandIds //=> ['niijima', 'shikinejima']
 */
export type IslandMunicipalityRecord = z.infer<typeof IslandMunicipalitySchema>;
/**
 * Districts of a municipality that lie on an island.
 * @example bundledAreaData().areas.islandDistricts[0]?.districts //=> ['三崎町城ケ島', '城ケ島']
 */
export type IslandDistrictRecord = z.infer<typeof IslandDistrictSchema>;
/**
 * A 町字 that begins with an island district's name but lies elsewhere.
 * @example bundledAreaData().areas.islandDistricts.find((d) => d.municipality === '気仙沼市')?.otherDistricts?.[0]?.name //=> '田尻沢'
 */
export type OtherDistrictRecord = z.infer<typeof OtherDistrictSchema>;
/**
 * One lift of 帰還困難区域.
 * @example bundledAreaData().index.zoneByCode.get('075434')?.record.lifts[0]?.time //=> '06:00'
 */
export type ZoneLift = z.infer<typeof ZoneLiftSchema>;
/**
 * A municipality containing 帰還困難区域.
 * @example bundledAreaData().index.zoneByCode.get('072125')?.record.municipality //=> '南相馬市'
 */
export type ReturnDifficultZoneRecord = z.infer<typeof ReturnDifficultZoneSchema>;
/**
 * A district of a zone municipality.
 * @example bundledAreaData().index.zoneByCode.get('075451')?.record.districts?.find((d) => d.district === '大川原')?.zone //=> 'never'
 */
export type ZoneDistrictRecord = z.infer<typeof ZoneDistrictSchema>;
/**
 * A 振興山村 entry.
 * @example bundledAreaData().areas.mountainVillages?.entries[1]?.extent //=> 'unknown'
 */
export type MountainVillageRecord = z.infer<typeof MountainVillageSchema>;
/**
 * The content of fixtures/areas.json.
 * @example bundledAreaData().areas.returnDifficultZones.dataAsOf //=> '2026-03'
 */
export type AreasFixture = z.infer<typeof AreasFixtureSchema>;
