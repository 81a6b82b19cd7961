import type { Casing } from '../config/types.js';

/**
 * Name-casing checks and conversions for the naming rules. Hand-written rather than taken from an
 * inflection library, whose `titleize` turns `Order ID` into `Order Id` and so rejected acronyms
 * (reference/reflekt.md §10.2). Digits are accepted wherever a lower-case letter is, except as
 * the first character; whether digits are allowed at all is the separate `numbers` setting.
 */

/** Each pattern is built once: no regular expression is constructed per name. */
const PATTERNS: Readonly<Record<Exclude<Casing, 'any'>, RegExp>> = {
  /** Words separated by single spaces, each starting upper-case (or a digit, after the first); acronyms allowed. */
  title: /^[A-Z][A-Za-z0-9]*(?: [A-Z0-9][A-Za-z0-9]*)*$/,
  snake: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/,
  camel: /^[a-z][A-Za-z0-9]*$/,
  pascal: /^[A-Z][A-Za-z0-9]*$/,
};

const DIGIT = /[0-9]/;
const SEPARATORS = /[^A-Za-z0-9]+/;
/** `orderID` → `order|ID`, `address2Line` → `address2|Line`. */
const LOWER_UPPER = /([a-z0-9])([A-Z])/g;
/** `CTAClicked` → `CTA|Clicked`. */
const ACRONYM_WORD = /([A-Z]+)([A-Z][a-z])/g;
const ALL_UPPER = /^[A-Z0-9]+$/;

/** Whether `name` follows `casing` (`any` accepts every name). */
export function isCasing(name: string, casing: Casing): boolean {
  return casing === 'any' || PATTERNS[casing].test(name);
}

/** Whether `name` contains a digit. */
export function hasDigits(name: string): boolean {
  return DIGIT.test(name);
}

/**
 * Splits a name into words at separators (anything but letters and digits) and at case changes:
 * `orderCompleted`, `order_completed` and `Order Completed` all give `order|Completed`-like words;
 * acronyms stay whole (`CTAClicked` → `CTA`, `Clicked`).
 */
export function splitWords(name: string): string[] {
  return name
    .replace(ACRONYM_WORD, '$1 $2')
    .replace(LOWER_UPPER, '$1 $2')
    .split(SEPARATORS)
    .filter((w) => w !== '');
}

const lower = (w: string): string => w.toLowerCase();
const capitalize = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
/** Title Case keeps acronyms (`ID`, `CTA`) and the rest of a word as written. */
const titleWord = (w: string): string => (ALL_UPPER.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1));

/**
 * Converts `name` to `casing`: the suggested fix in casing findings. `any` returns the name.
 * The result may still fail {@link isCasing} when the name starts with a digit or has no letters.
 */
export function toCasing(name: string, casing: Casing): string {
  if (casing === 'any') return name;
  const words = splitWords(name);
  switch (casing) {
    case 'snake':
      return words.map(lower).join('_');
    case 'camel':
      return words.map((w, i) => (i === 0 ? lower(w) : capitalize(w))).join('');
    case 'pascal':
      return words.map(capitalize).join('');
    case 'title':
      return words.map(titleWord).join(' ');
  }
}

/**
 * The name converted to `casing` when that conversion passes the check, else `null` (so a
 * message never suggests a name that would fail again).
 */
export function suggestCasing(name: string, casing: Casing): string | null {
  const suggestion = toCasing(name, casing);
  return suggestion !== name && isCasing(suggestion, casing) ? suggestion : null;
}

const DIGITS = /[0-9]+/g;
const REPEATED_SEPARATOR = /([^A-Za-z0-9])[^A-Za-z0-9]*/g;
const EDGE_SEPARATORS = /^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g;

/**
 * The name without its digits, separators tidied (`Step 2 Completed` → `Step Completed`,
 * `address_2` → `address`); `null` when nothing is left.
 */
export function withoutDigits(name: string): string | null {
  const stripped = name.replace(DIGITS, '').replace(REPEATED_SEPARATOR, '$1').replace(EDGE_SEPARATORS, '');
  return stripped === '' ? null : stripped;
}
