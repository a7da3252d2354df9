/** The incident module's closed lists (zod-free: the schema and the evaluators both read them). */
// @ts-nocheck


/** The kinds of incident event the library knows, in the order used to break ties at one instant. @example INCIDENT_EVENT_TYPES[0] //=> 'accepted' */
export const INCIDENT_EVENT_TYPES = Object.freeze(['accepted', 'customer-contact', 'support-reply', 'customer-agreed', 'resolved'] as const);

/** The causes of an out-of-hours request the library distinguishes (002 仕様書 5). @example OUT_OF_HOURS_CAUSES.includes('customer-side') //=> true */
export const OUT_OF_HOURS_CAUSES = Object.freeze(['customer-convenience', 'customer-side', 'outside-provider-services', 'provider-services'] as const);

/** Topics of a request made for the customer's convenience (002 仕様書 5.3's four sub-kinds, plus `other`). @example OUT_OF_HOURS_TOPICS.length //=> 5 */
export const OUT_OF_HOURS_TOPICS = Object.freeze(['general-inquiry', 'setup-check', 'operation-advice', 'low-urgency', 'other'] as const);
