import type { LintRule } from '../types.js';
import { eventCasing } from './event-casing.js';
import { eventDescription } from './event-description.js';
import { eventNameMatchesId } from './event-name-matches-id.js';
import { eventNumbers } from './event-numbers.js';
import { eventReserved } from './event-reserved.js';
import { eventVersionMatchesId } from './event-version-matches-id.js';
import { idNoSpace } from './id-no-space.js';
import { metaSchema } from './meta-schema.js';
import { propertyAllowedTypes } from './property-allowed-types.js';
import { propertyCasing } from './property-casing.js';
import { propertyDescription } from './property-description.js';
import { propertyNumbers } from './property-numbers.js';
import { propertyReserved } from './property-reserved.js';
import { propertyType } from './property-type.js';

/** Every core lint rule, in code order (the order findings of one node are reported in). */
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
]);
