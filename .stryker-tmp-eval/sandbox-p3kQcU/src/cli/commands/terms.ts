// @ts-nocheck
import { passageText } from '../../catalog/primitives.js';
import { listTerms, type TermCategory } from '../../terms/index.js';
import { defineCommand } from '../command.js';
import { formatTable, UsageError } from '../format.js';

const usage = `Usage: support-contract-rules terms (--plan ID | --document ID) [--category C] [--format table|json|ndjson]

Lists the contract terms of a plan (the terms of its document that cover it) or of a document:
guarantees, liability, jurisdiction, costs and duties of the customer …, each with its passage.
  --plan ID        a plan id (e.g. helpdesk-support)
  --document ID    a document id (e.g. it-support-security)
  --category C     only one category: agreement, application, area, changes, confidentiality,
                   contact, costs, customer-duty, force-majeure, jurisdiction, language,
                   liability, payment, scope, security, service-level, staffing,
                   subcontracting, suspension
  --format F       table | json | ndjson (one term per line); --json is --format json
`;

/** `terms`: the contract terms of a plan or document, optionally of one category. */
export const termsCommand = defineCommand({
  name: 'terms',
  summary: 'list the contract terms of a plan or document (liability, jurisdiction, duties …)',
  usage,
  options: { plan: { type: 'string' }, document: { type: 'string' }, category: { type: 'string' } },
  answer: ({ values, input }) => {
    if (input !== undefined) throw new UsageError(`terms takes no input file\n${usage}`);
    if ((values.plan === undefined) === (values.document === undefined)) throw new UsageError(`Give --plan ID or --document ID\n${usage}`);
    const terms = listTerms({
      ...(values.plan !== undefined ? { planId: values.plan } : {}),
      ...(values.document !== undefined ? { documentId: values.document } : {}),
      ...(values.category !== undefined ? { category: values.category as TermCategory } : {}),
    });
    return {
      value: { planId: values.plan ?? null, documentId: values.document ?? null, category: values.category ?? null, terms },
      items: terms,
      table: () => formatTable(['id', 'category', 'summary', 'passage'], terms.map((t) => [t.id, t.category, t.summary, `「${passageText(t.source.passage)}」`])),
    };
  },
});
