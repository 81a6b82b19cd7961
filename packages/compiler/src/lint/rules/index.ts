import type { LintRule } from '../types.js';
import { duplicateEventName } from './duplicate-event-name.js';
import { eventCasing } from './event-casing.js';
import { eventDescription } from './event-description.js';
import { eventNameMatchesId } from './event-name-matches-id.js';
import { eventNumbers } from './event-numbers.js';
import { eventReserved } from './event-reserved.js';
import { eventVersionMatchesId } from './event-version-matches-id.js';
import { idNoSpace } from './id-no-space.js';
import { idPathSelf } from './id-path-self.js';
import { keywordTypeMismatch } from './keyword-type-mismatch.js';
import { metaSchema } from './meta-schema.js';
import { minMax } from './min-max.js';
import { noDataRef } from './no-data-ref.js';
import { optionalNullable } from './optional-nullable.js';
import { propertyAllowedTypes } from './property-allowed-types.js';
import { propertyCasing } from './property-casing.js';
import { propertyDescription } from './property-description.js';
import { propertyNumbers } from './property-numbers.js';
import { propertyReserved } from './property-reserved.js';
import { propertyType } from './property-type.js';
import { regexRedos } from './regex-redos.js';
import { requiredDefined } from './required-defined.js';
import { rootObject } from './root-object.js';
import { schemaIdConst } from './schema-id-const.js';
import { schemaLimits } from './schema-limits.js';
import { unknownFormat } from './unknown-format.js';
import { versionSequence } from './version-sequence.js';

/**
 * Every core lint rule, in code order (the order findings of one node are reported in): Python
 * Reflekt's conventions (RK2001–RK2015), then igluctl's sanity checks and the safety rules.
 */
export const lintRules: readonly LintRule[] = Object.freeze([
  metaSchema,
  idNoSpace,
  eventNameMatchesId,
  eventVersionMatchesId,
  eventCasing,
  eventNumbers,
  eventReserved,
  eventDescription,
  propertyCasing,
  propertyNumbers,
  propertyReserved,
  propertyDescription,
  propertyType,
  propertyAllowedTypes,
  rootObject,
  minMax,
  keywordTypeMismatch,
  requiredDefined,
  unknownFormat,
  optionalNullable,
  idPathSelf,
  versionSequence,
  regexRedos,
  noDataRef,
  schemaLimits,
  schemaIdConst,
  duplicateEventName,
]);
