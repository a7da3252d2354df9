/**
 * Area benchmark: 1,000,000 `classifyArea` calls over a mix of addresses (prefecture or not,
 * full-width digits, 郡, wards, island names, island districts) and municipality codes (5 and 6
 * digits), on dates before and after 帰還困難区域 lifts. Aim: under 2 s on one core.
 *
 * Also reported: the one-off cost of validating and indexing the area data (zod, ~1,900
 * municipalities), the address-only and code-only rates, and two baselines: a bare
 * `Map.get(code)` (the floor) and a naive linear scan of the municipality names per address
 * (what the index avoids).
 */
import { performance } from 'node:perf_hooks';
import municipalitiesJson from '../fixtures/municipalities.json';
import areasJson from '../fixtures/areas.json';
import { bundledAreaData, classifyArea, normalizePlaceText, type ClassifyAreaInput } from '../src/area/index.js';
import { loadAreaData } from '../src/schemas/index.js';
import { bestOf, report } from './harness.js';

const CALLS = 1_000_000;

const ADDRESSES: readonly string[] = [
  '東京都千代田区丸の内1-1-1',
  '神奈川県三浦市三崎町城ヶ島658',
  '三浦市三崎町小網代１０００',
  '藤沢市江ノ島2-3-8',
  '北海道礼文郡礼文町大字香深村',
  '北海道利尻郡利尻富士町鴛泊',
  '伊豆大島',
  '東京都八丈島八丈町大賀郷',
  '東京都新島村式根島',
  '東京都小笠原村父島',
  '札幌市中央区北1条西2丁目',
  '〒530-0001 大阪府大阪市北区梅田３丁目',
  '福岡県 福岡市 博多区 博多駅前',
  '新潟県佐渡市両津夷',
  '沖縄県竹富町字西表',
  '福島県双葉郡双葉町大字長塚',
  '山形県東村山郡山辺町',
  '鹿児島県大島郡与論町',
  '愛知県名古屋市中村区名駅',
  '京都府京都市中京区',
];

const CODES: readonly string[] = ['131016', '142107', '133639', '134210', '075469', '07547', '07212', '015172', '473812', '27127', '011011', '152242'];

const DAYS: readonly string[] = ['2019-04-01', '2020-03-05', '2022-08-30', '2024-06-15', '2026-11-22'];

function inputs(): ClassifyAreaInput[] {
  const out: ClassifyAreaInput[] = [];
  let d = 0;
  for (const a of ADDRESSES) out.push({ address: a, on: DAYS[d++ % DAYS.length]! });
  for (const c of CODES) out.push({ municipalityCode: c, on: DAYS[d++ % DAYS.length]! });
  return out;
}

export async function run(): Promise<void> {
  // One-off: validation (zod) and indexing of the bundled data, measured on a fresh load.
  const t0 = performance.now();
  const fresh = loadAreaData({ municipalities: municipalitiesJson, areas: areasJson });
  const loadMs = performance.now() - t0;
  console.log(`first loadAreaData (zod + index, ${fresh.municipalities.length} municipalities): ${loadMs.toFixed(1)} ms`);
  bundledAreaData();

  const mix = inputs();
  const addrOnly = mix.filter((i) => i.address !== undefined);
  const codeOnly = mix.filter((i) => i.municipalityCode !== undefined);
  const runN = (list: readonly ClassifyAreaInput[], n: number) => () => {
    let restricted = 0;
    for (let i = 0; i < n; i++) if (classifyArea(list[i % list.length]!).restricted) restricted++;
    return restricted;
  };

  // Baseline 1: the floor, a bare Map look-up per call.
  const data = bundledAreaData();
  const codes6 = CODES.map((c) => (c.length === 6 ? c : data.municipalities.find((m) => m.code5 === c)!.code));
  const baselineMs = bestOf(() => {
    let hits = 0;
    for (let i = 0; i < CALLS; i++) if (data.index.byCode.get(codes6[i % codes6.length]!)) hits++;
    return hits;
  }, 3);
  report('baseline: Map.get(code)', CALLS, baselineMs);

  // Baseline 2: naive linear scan of municipality names per address (100,000 calls, scaled).
  const SCAN = 100_000;
  const names = data.municipalities.map((m) => m.name);
  const scanMs = bestOf(() => {
    let hits = 0;
    for (let i = 0; i < SCAN; i++) {
      const a = normalizePlaceText(ADDRESSES[i % ADDRESSES.length]!).display;
      let best = '';
      for (const n of names) if (n.length > best.length && a.includes(n)) best = n;
      if (best) hits++;
    }
    return hits;
  }, 3);
  report('baseline: linear name scan per address', SCAN, scanMs);

  const mixMs = bestOf(runN(mix, CALLS), 3);
  report('classifyArea, mixed addresses and codes', CALLS, mixMs, { ops: CALLS, ms: baselineMs });
  const addrMs = bestOf(runN(addrOnly, CALLS), 3);
  report('classifyArea, addresses only', CALLS, addrMs);
  const codeMs = bestOf(runN(codeOnly, CALLS), 3);
  report('classifyArea, codes only', CALLS, codeMs);
  console.log(`1,000,000 mixed classifications: ${(mixMs / 1000).toFixed(2)} s (aim < 2 s)`);
}
