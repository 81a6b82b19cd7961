import { describe, expect, it } from 'vitest';
import type { Casing } from '../../src/config/types.js';
import { hasDigits, isCasing, splitWords, suggestCasing, toCasing, withoutDigits } from '../../src/lint/casing.js';

describe('isCasing', () => {
  const cases: [string, { given: [string, Casing]; want: boolean }][] = [
    ['title: words with capitals', { given: ['Order Completed', 'title'], want: true }],
    ['title: acronym word (Python titleize rejected it)', { given: ['Order ID', 'title'], want: true }],
    ['title: leading acronym', { given: ['CTA Clicked', 'title'], want: true }],
    ['title: one word', { given: ['Identify', 'title'], want: true }],
    ['title: digit word', { given: ['Step 2 Completed', 'title'], want: true }],
    ['title: digits inside a word', { given: ['Checkout V2', 'title'], want: true }],
    ['title: lower-case word', { given: ['Order completed', 'title'], want: false }],
    ['title: underscore (old regex only checked the start)', { given: ['Order_Completed', 'title'], want: false }],
    ['title: double space', { given: ['Order  Completed', 'title'], want: false }],
    ['title: leading space', { given: [' Order Completed', 'title'], want: false }],
    ['title: trailing space', { given: ['Order Completed ', 'title'], want: false }],
    ['title: leading digit', { given: ['2 Step Completed', 'title'], want: false }],
    ['title: empty', { given: ['', 'title'], want: false }],
    ['snake: words', { given: ['order_completed', 'snake'], want: true }],
    ['snake: digits (old regex rejected them)', { given: ['address_line_2', 'snake'], want: true }],
    ['snake: digits inside a word', { given: ['line2', 'snake'], want: true }],
    ['snake: one word', { given: ['total', 'snake'], want: true }],
    ['snake: upper-case letter', { given: ['order_ID', 'snake'], want: false }],
    ['snake: dot (old regex accepted it)', { given: ['cart.viewed', 'snake'], want: false }],
    ['snake: double underscore', { given: ['order__id', 'snake'], want: false }],
    ['snake: leading underscore', { given: ['_order_id', 'snake'], want: false }],
    ['snake: trailing underscore', { given: ['order_id_', 'snake'], want: false }],
    ['snake: leading digit', { given: ['1st_order', 'snake'], want: false }],
    ['snake: space', { given: ['order id', 'snake'], want: false }],
    ['camel: words', { given: ['orderCompleted', 'camel'], want: true }],
    ['camel: acronym', { given: ['orderID', 'camel'], want: true }],
    ['camel: one word', { given: ['total', 'camel'], want: true }],
    ['camel: digits', { given: ['addressLine2', 'camel'], want: true }],
    ['camel: upper first', { given: ['OrderCompleted', 'camel'], want: false }],
    ['camel: underscore (old regex accepted it)', { given: ['Order_ID', 'camel'], want: false }],
    ['camel: dot (old regex accepted it)', { given: ['cart.viewed', 'camel'], want: false }],
    ['pascal: words', { given: ['OrderCompleted', 'pascal'], want: true }],
    ['pascal: acronym', { given: ['CTAClicked', 'pascal'], want: true }],
    ['pascal: lower first', { given: ['orderCompleted', 'pascal'], want: false }],
    ['pascal: space', { given: ['Order Completed', 'pascal'], want: false }],
    ['any: anything', { given: ['whatever You_Like.2', 'any'], want: true }],
  ];
  it.each(cases)('%s', (_, { given: [name, casing], want }) => {
    expect(isCasing(name, casing)).toBe(want);
  });
});

describe('splitWords', () => {
  const cases: [string, { given: string; want: string[] }][] = [
    ['spaces', { given: 'Order Completed', want: ['Order', 'Completed'] }],
    ['underscores', { given: 'order_completed', want: ['order', 'completed'] }],
    ['camel case', { given: 'orderCompleted', want: ['order', 'Completed'] }],
    ['trailing acronym', { given: 'orderID', want: ['order', 'ID'] }],
    ['leading acronym', { given: 'CTAClicked', want: ['CTA', 'Clicked'] }],
    ['digits stay with their word', { given: 'address2Line', want: ['address2', 'Line'] }],
    ['mixed separators', { given: 'cart.viewed-now  ok', want: ['cart', 'viewed', 'now', 'ok'] }],
    ['separators only', { given: ' _ ', want: [] }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(splitWords(given)).toEqual(want);
  });
});

describe('toCasing', () => {
  const cases: [string, { given: [string, Casing]; want: string }][] = [
    ['snake from title', { given: ['Order Completed', 'snake'], want: 'order_completed' }],
    ['snake from camel with acronym', { given: ['orderID', 'snake'], want: 'order_id' }],
    ['snake from pascal', { given: ['CTAClicked', 'snake'], want: 'cta_clicked' }],
    ['snake keeps digits', { given: ['addressLine2', 'snake'], want: 'address_line2' }],
    ['camel from snake', { given: ['order_completed', 'camel'], want: 'orderCompleted' }],
    ['camel from title with acronym', { given: ['Order ID', 'camel'], want: 'orderId' }],
    ['camel from pascal acronym', { given: ['CTAClicked', 'camel'], want: 'ctaClicked' }],
    ['pascal from snake', { given: ['order_completed', 'pascal'], want: 'OrderCompleted' }],
    ['pascal from title', { given: ['Order ID', 'pascal'], want: 'OrderId' }],
    ['title from snake', { given: ['order_completed', 'title'], want: 'Order Completed' }],
    ['title from camel keeps acronyms', { given: ['orderID', 'title'], want: 'Order ID' }],
    ['title from pascal keeps acronyms', { given: ['CTAClicked', 'title'], want: 'CTA Clicked' }],
    ['title collapses spaces', { given: ['Order  Viewed', 'title'], want: 'Order Viewed' }],
    ['title from mixed', { given: ['Order_completed', 'title'], want: 'Order Completed' }],
    ['any keeps the name', { given: ['Order_completed', 'any'], want: 'Order_completed' }],
  ];
  it.each(cases)('%s', (_, { given: [name, casing], want }) => {
    expect(toCasing(name, casing)).toBe(want);
    if (casing !== 'any') expect(isCasing(want, casing)).toBe(true);
  });
});

describe('suggestCasing', () => {
  const cases: [string, { given: [string, Casing]; want: string | null }][] = [
    ['a fix that passes', { given: ['orderId', 'snake'], want: 'order_id' }],
    ['no fix for a leading digit', { given: ['1st_order', 'snake'], want: null }],
    ['no fix without letters', { given: ['__', 'camel'], want: null }],
    ['no fix when nothing changes', { given: ['Order completed', 'any'], want: null }],
  ];
  it.each(cases)('%s', (_, { given: [name, casing], want }) => {
    expect(suggestCasing(name, casing)).toBe(want);
  });
});

describe('digits', () => {
  const cases: [string, { given: string; want: { has: boolean; without: string | null } }][] = [
    ['none', { given: 'Order Completed', want: { has: false, without: 'Order Completed' } }],
    ['a digit word', { given: 'Step 2 Completed', want: { has: true, without: 'Step Completed' } }],
    ['a trailing digit', { given: 'address_1', want: { has: true, without: 'address' } }],
    ['digits between separators', { given: 'order_2_id', want: { has: true, without: 'order_id' } }],
    ['inside a word', { given: 'line2Text', want: { has: true, without: 'lineText' } }],
    ['digits only', { given: '42', want: { has: true, without: null } }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect({ has: hasDigits(given), without: withoutDigits(given) }).toEqual(want);
  });
});
