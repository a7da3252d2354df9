/**
 * Conditions of support a document states outside its lists (the `scope.conditions` of a fixture):
 * where support is given (001: telework sites for the スタンダード plans only), from where and in which
 * language (002, 004), what the operators never do (003: 代理入力), which remote tool is used (003),
 * what the IT management tool needs and does (000), where adapters are shipped (004).
 */
// @ts-nocheck

import { z } from 'zod';
import { IdSchema, SourceSchema } from '../catalog/primitives.js';

/**
 * What a condition constrains, and the request field that it answers:
 * - `support-site` (`site`): the sites where support is given — `allowed` lists them;
 * - `inquiry-origin` (`inquiryFrom`): where inquiries may come from — `allowed`: `japan`;
 * - `language` (`language`): the languages support is given in — `allowed`: `ja`;
 * - `shipping-destination` (`shipTo`): where devices are shipped — `allowed`: `japan`;
 * - `proxy-entry` (`proxyEntryOfCredentials`): the operators enter no passwords or accounts for the customer;
 * - `remote-tool` (`remoteTool`): the remote-support tool the service uses — `allowed`: its name;
 * - `it-tool-setup` (`itTool`): the IT management tool works once installed and logged into — `requires`;
 * - `it-tool-feature` (`itFeature`): what the IT management tool can restrict — `allowed`.
 * @example ServiceConditionKindSchema.options.length //=> 8
 */
export const ServiceConditionKindSchema = z.enum([
  'support-site',
  'inquiry-origin',
  'language',
  'shipping-destination',
  'proxy-entry',
  'remote-tool',
  'it-tool-setup',
  'it-tool-feature',
]);

/**
 * One condition of support.
 * @example ServiceConditionSchema.shape.kind.options.includes('support-site') //=> true
 */
export const ServiceConditionSchema = z
  .object({
    id: IdSchema,
    kind: ServiceConditionKindSchema,
    plans: z.union([z.literal('all'), z.array(IdSchema).min(1)]).describe("'all' or the plan ids the condition covers"),
    allowed: z.array(z.string().min(1)).optional().describe('The values the document allows (sites, regions, languages, tool names, features)'),
    requires: z.array(z.enum(['install', 'login'])).optional().describe('it-tool-setup: the steps needed before the tool works'),
    interpretation: IdSchema.optional().describe('Interpretation id (docs/interpretations.md) when the row is a reading, not a quote'),
    source: SourceSchema,
  })
  .strict();

/** What a condition constrains. */
export type ServiceConditionKind = z.infer<typeof ServiceConditionKindSchema>;
/** A condition as transcribed in a fixture. */
export type ServiceCondition = z.infer<typeof ServiceConditionSchema>;
