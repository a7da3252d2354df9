/**
 * Builds fixtures/areas.json (and fixtures/municipalities.json when data/municipalities.csv is present)
 * from the lists under data/: `npm run generate` writes them; test/area/generated.test.ts fails when a
 * committed fixture differs from what this produces. Port of the former scripts/build-areas.py.
 *
 * data/areas/curated.json        islands, island municipalities, districts and zone municipalities recorded by hand
 * data/areas/island-districts.csv  町字 on islands inside mainland municipalities (離島振興対策実施地域 list)
 * data/areas/island-other-districts.csv  町字 that begin with one of those but are not on the island (Japan Post's 町域)
 * data/areas/zone-districts.csv    帰還困難区域 by district (大字・行政区), with zone-district-lifts.csv and zone-district-coverage.csv
 * data/areas/mountain-villages.csv 振興山村 by former municipality (旧市町村)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postalCodes } from '../src/postal/index.js';

type Json = Record<string, unknown>;
type Source = { document: string; passage: string; note?: string };

/** Parses RFC 4180 CSV (quoted fields, doubled quotes); returns rows as objects keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r, n) => {
    if (r.length !== header.length) throw new Error(`CSV row ${n + 2}: ${r.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, r[j]!]));
  });
}

/**
 * One of a district record's `otherDistricts` (data/areas/island-other-districts.csv): a Japan Post 町域 of the
 * municipality whose name begins with one of the record's districts but which is not on the island. It must be the row
 * the postal table (src/postal/postal-data.json) holds for that code, and its passage is that row, so nothing is
 * invented here.
 */
function otherDistrict(postalCode: string, name: string, municipalityCode: string): Json {
  const row = postalCodes.lookup(postalCode).find((e) => e.municipalityCode === municipalityCode && e.town === name);
  if (!row) throw new Error(`island-other-districts.csv: ${postalCode} ${name} is not a 町域 of ${municipalityCode} in the postal table`);
  return { name, source: src('ref:japanpost-ken-all', `${row.postalCode},${row.municipalityCode},${row.town}`) };
}

/** A fact's source: a reference id of docs/references.md (the row's `source`) and the passage quoted from it. */
const src = (ref: string, passage: string, note?: string): Source => {
  if (!/^ref:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ref)) throw new Error(`not a reference id: ${ref}`);
  const s: Source = { document: ref, passage };
  if (note) s.note = note;
  return s;
};

interface MunicipalityRow {
  code: string;
  prefecture: string;
  name: string;
  kana: string;
}

function checkDigit(code5: string): number {
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += Number(code5[i]) * (6 - i);
  return (11 - (sum % 11)) % 10;
}

/** fixtures/municipalities.json from data/municipalities.csv (localgovjp, CC0), or undefined when the CSV is absent. */
export function buildMunicipalitiesFixture(root: string): string | undefined {
  const csv = join(root, 'data', 'municipalities.csv');
  if (!existsSync(csv)) return undefined;
  const rows: MunicipalityRow[] = parseCsv(readFileSync(csv, 'utf8')).map((r) => {
    const code = r.lgcode!;
    if (!/^\d{6}$/.test(code) || checkDigit(code.slice(0, 5)) !== Number(code[5])) throw new Error(`bad code ${code}`);
    return { code, prefecture: r.prefecture!, name: r.municipality!, kana: r.municipality_kana! };
  });
  const existing = JSON.parse(readFileSync(join(root, 'fixtures', 'municipalities.json'), 'utf8')) as Json;
  const head = JSON.stringify({ $schema: existing.$schema, dataset: existing.dataset }, null, 2).slice(0, -2);
  return `${head},\n  "municipalities": [\n${rows.map((r) => `    ${JSON.stringify(r).replace(/":/g, '": ').replace(/,"/g, ', "')}`).join(',\n')}\n  ]\n}\n`;
}

function municipalityTable(root: string): MunicipalityRow[] {
  const f = JSON.parse(readFileSync(join(root, 'fixtures', 'municipalities.json'), 'utf8')) as { municipalities: MunicipalityRow[] };
  return f.municipalities;
}

/** The content of fixtures/areas.json, as text. */
export function buildAreasFixture(root: string): string {
  const dir = join(root, 'data', 'areas');
  const read = (f: string) => parseCsv(readFileSync(join(dir, f), 'utf8'));
  const curated = JSON.parse(readFileSync(join(dir, 'curated.json'), 'utf8')) as Json & {
    islands: Json[];
    islandDistricts: Json[];
    returnDifficultZones: Json & { municipalities: (Json & { municipality: string })[] };
  };
  const table = municipalityTable(root);
  const codeOf = (prefecture: string, name: string): string => {
    const hits = table.filter((m) => m.prefecture === prefecture && m.name.replace(/\s+/g, '') === name);
    if (hits.length !== 1) throw new Error(`${prefecture}${name}: ${hits.length} municipalities`);
    return hits[0]!.code;
  };

  // Islands inside mainland municipalities, by 町字.
  const islands = [...curated.islands];
  const islandDistricts = [...curated.islandDistricts];
  const ids = new Set(islands.map((i) => i.id as string));
  for (const r of read('island-districts.csv')) {
    const basis: Record<string, string | undefined> = {
      knowledge: 'The list names the district; the island it lies on is recorded from general knowledge.',
      postal:
        "The list names the island and its municipality; the 町字 is the 町域 of that municipality in Japan Post's 郵便番号データ (src/postal/postal-data.json) that carries the island's name (test/area/island-districts.test.ts checks that it is one).",
      list: undefined,
    };
    if (!(r.island_named_by! in basis)) throw new Error(`island-districts.csv: unknown island_named_by ${r.island_named_by}`);
    const source = src(r.source!, r.source_passage!, basis[r.island_named_by!]);
    if (!ids.has(r.island_id!)) {
      const isl: Json = { id: r.island_id, name: r.island, designation: r.designation || null };
      if (r.bridged === 'yes') isl.bridged = true;
      // Islands added from the 2026 list are recognised by 町字 only: their names are not read as the start of an address.
      if (r.island_named_by === 'postal') isl.matchAsAddress = false;
      // The row's note stays in data/areas/island-districts.csv (and docs/areas.md), not in the fixture: the whole library
      // is held to a bundle-size ceiling and nothing reads these notes at run time; source.note keeps the provenance caveat.
      isl.source = source;
      islands.push(isl);
      ids.add(r.island_id!);
    }
    const d: Json = { municipalityCode: codeOf(r.prefecture!, r.municipality!), municipality: r.municipality, districts: r.districts!.split(';'), islandId: r.island_id };
    d.source = source;
    islandDistricts.push(d);
  }

  // 町域 that begin with a listed district but are not on the island.
  for (const r of read('island-other-districts.csv')) {
    const code = codeOf(r.prefecture!, r.municipality!);
    const owners = islandDistricts.filter((d) => d.municipalityCode === code && (d.districts as string[]).some((dist) => r.name!.startsWith(dist) && r.name !== dist));
    if (owners.length !== 1) throw new Error(`island-other-districts.csv: ${r.municipality}${r.name} extends a district of ${owners.length} records`);
    const owner = owners[0]!;
    owner.otherDistricts = [...((owner.otherDistricts as Json[] | undefined) ?? []), otherDistrict(r.postal_code!, r.name!, code)];
  }

  // 帰還困難区域 by district.
  const lifts = read('zone-district-lifts.csv');
  const coverage = new Map(read('zone-district-coverage.csv').map((r) => [r.municipality!, r] as const));
  const districtsOf = new Map<string, Json[]>();
  for (const r of read('zone-districts.csv')) {
    const d: Json = { district: r.district, zone: r.zone };
    d.lifts = lifts
      .filter((l) => l.municipality === r.municipality && l.district === r.district)
      .map((l) => {
        const lift: Json = { date: l.date };
        if (l.time) lift.time = l.time;
        Object.assign(lift, { kind: l.kind, extent: l.extent, area: l.area, source: src(l.source!, l.source_passage!) });
        return lift;
      });
    if (r.note) d.note = r.note;
    d.source = src(r.source!, r.source_passage!);
    const list = districtsOf.get(r.municipality!) ?? [];
    list.push(d);
    districtsOf.set(r.municipality!, list);
  }
  const zones = curated.returnDifficultZones.municipalities.map((z) => {
    const districts = districtsOf.get(z.municipality);
    if (!districts) return z;
    const { source, ...rest } = z;
    const out: Json = { ...rest, districts };
    const c = coverage.get(z.municipality);
    if (c) out.districtsComplete = { source: src(c.source!, c.source_passage!) };
    out.source = source;
    return out;
  });
  for (const name of districtsOf.keys()) {
    if (!curated.returnDifficultZones.municipalities.some((z) => z.municipality === name)) throw new Error(`zone districts for unknown municipality ${name}`);
  }

  // 振興山村.
  const mountainVillages = read('mountain-villages.csv').map((r) => {
    const e: Json = {
      municipalityCode: codeOf(r.prefecture!, r.municipality!),
      municipality: r.municipality,
      formerMunicipality: r.former_municipality || null,
      extent: r.extent,
      designatedFiscalYear: Number(r.designated_fiscal_year),
    };
    if (r.note) e.note = r.note;
    e.source = src(r.source!, r.source_passage!);
    return e;
  });

  const out = {
    $schema: '../schemas/areas.schema.json',
    designations: curated.designations,
    islands,
    islandMunicipalities: curated.islandMunicipalities,
    islandDistricts,
    returnDifficultZones: { ...curated.returnDifficultZones, municipalities: zones },
    mountainVillages: {
      note: 'Partial: only the 振興山村 whose designation could be transcribed with a source are listed (see docs/areas.md). A municipality not listed may still contain one.',
      entries: mountainVillages,
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

const DOC_START = '<!-- generated by npm run generate from data/areas: start -->';
const DOC_END = '<!-- generated by npm run generate from data/areas: end -->';

/** The generated part of docs/areas.md (coverage counts and tables), from the areas fixture text. */
export function areasDocSection(areasText: string): string {
  const a = JSON.parse(areasText) as {
    islands: { id: string; name: string; designation: string | null; bridged?: boolean }[];
    islandMunicipalities: unknown[];
    islandDistricts: { municipalityCode: string; municipality: string; districts: string[]; islandId: string; source: Source }[];
    returnDifficultZones: {
      dataAsOf: string;
      municipalities: {
        municipality: string;
        municipalityCode: string;
        districts?: { district: string; zone: string; lifts: { date: string; time?: string; extent: string; area: string }[] }[];
        districtsComplete?: unknown;
      }[];
    };
    mountainVillages?: { entries: { municipality: string; municipalityCode: string; formerMunicipality: string | null; extent: string; designatedFiscalYear: number }[] };
  };
  const law: Record<string, string> = {
    'remote-islands-act': '離島振興法',
    'okinawa-remote-islands': '沖縄振興特別措置法 (離島)',
    amami: '奄美群島振興開発特別措置法',
    ogasawara: '小笠原諸島振興開発特別措置法',
  };
  const island = new Map(a.islands.map((i) => [i.id, i] as const));
  const districtIslands = new Set(a.islandDistricts.map((d) => d.islandId));
  const districtCount = a.islandDistricts.reduce((n, d) => n + d.districts.length, 0);
  const zoneDistricts = a.returnDifficultZones.municipalities.flatMap((z) => (z.districts ?? []).map((d) => ({ z, d })));
  const mv = a.mountainVillages?.entries ?? [];
  const lines = [
    DOC_START,
    '',
    '### Coverage (generated)',
    '',
    `- Islands: ${a.islands.length} island records; ${a.islandMunicipalities.length} municipalities wholly on islands; ${districtIslands.size} islands recognised by 町字 through ${a.islandDistricts.length} district entries (${districtCount} 町字 prefixes).`,
    `- 帰還困難区域: ${a.returnDifficultZones.municipalities.length} municipalities; ${zoneDistricts.length} districts (${zoneDistricts.filter((x) => x.d.zone === 'never').length} never in a zone) with ${zoneDistricts.reduce((n, x) => n + x.d.lifts.length, 0)} dated district lifts; data as of ${a.returnDifficultZones.dataAsOf}.`,
    `- 振興山村: ${mv.length} entries in ${new Set(mv.map((e) => e.municipalityCode)).size} municipalities (partial list).`,
    '',
    '### Island districts',
    '',
    '| Municipality | Districts (町字, matched as prefixes) | Island | Designation |',
    '|---|---|---|---|',
    ...a.islandDistricts.map((d) => {
      const i = island.get(d.islandId)!;
      return `| ${d.municipality} (${d.municipalityCode}) | ${d.districts.join('、')} | ${i.name}${i.bridged ? ' (bridged)' : ''} | ${i.designation ? law[i.designation] : '—'} |`;
    }),
    '',
    '### 帰還困難区域 by district',
    '',
    '| Municipality | District | Designated | Lifts (date, extent) | Other districts |',
    '|---|---|---|---|---|',
    ...zoneDistricts.map(
      ({ z, d }) =>
        `| ${z.municipality} | ${d.district} | ${d.zone === 'never' ? 'never (居住制限 / 避難指示解除準備 only)' : d.zone === 'whole' ? 'wholly' : d.zone === 'part' ? 'partly' : 'yes (extent not stated)'} | ${
          d.lifts.map((l) => `${l.date}${l.time ? ` ${l.time}` : ''} ${l.extent === 'whole' ? 'whole' : 'part'}: ${l.area}`).join('; ') || '—'
        } | ${z.districtsComplete ? 'never in a zone' : 'by municipality'} |`,
    ),
    '',
    '### 振興山村 (mountain areas)',
    '',
    '| Municipality | Code | Former municipality (旧市町村) | Extent | Designated (FY) |',
    '|---|---|---|---|---|',
    ...mv.map((e) => `| ${e.municipality} | ${e.municipalityCode} | ${e.formerMunicipality ?? '(not named)'} | ${e.extent} | ${e.designatedFiscalYear} |`),
    '',
    DOC_END,
  ];
  return lines.join('\n');
}

/** docs/areas.md with its generated section replaced. */
export function areasDoc(current: string, areasText: string): string {
  const start = current.indexOf(DOC_START);
  const end = current.indexOf(DOC_END);
  if (start < 0 || end < start) throw new Error('docs/areas.md: generated-section markers not found');
  return current.slice(0, start) + areasDocSection(areasText) + current.slice(end + DOC_END.length);
}
