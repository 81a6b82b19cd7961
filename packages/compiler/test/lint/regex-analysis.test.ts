import { describe, expect, it } from 'vitest';
import { findRedos } from '../../src/lint/regex-analysis.js';

describe('findRedos', () => {
  const flagged: [string, { given: string; want: string }][] = [
    ['a repeated repetition', { given: '^(a+)+$', want: 'nested (a+)+' }],
    ['a repeated star', { given: '^(a*)*$', want: 'nested (a*)*' }],
    ['a repeated `.*`', { given: '^(.*)*=x$', want: 'nested (.*)*' }],
    ['an optional separator', { given: '^([a-zA-Z0-9]+\\s?)*$', want: 'nested ([a-zA-Z0-9]+\\s?)*' }],
    ['a bounded inner repetition', { given: '^([a-z0-9]{2,4})+$', want: 'nested ([a-z0-9]{2,4})+' }],
    ['a separator the inner part also matches', { given: '^(.+,)*$', want: 'nested (.+,)*' }],
    ['a repetition deeper inside', { given: '^((ab)*c?)+$', want: 'nested ((ab)*c?)+' }],
    ['an inner repetition in an alternative', { given: '^(a+|b)*$', want: 'nested (a+|b)*' }],
    ['a bounded outer repetition', { given: '^(\\d+){2,}$', want: 'nested (\\d+){2,}' }],
    ['a lazy repetition', { given: '^(a+?)+?$', want: 'nested (a+?)+?' }],
    ['identical alternatives', { given: '^(a|a)*$', want: 'overlap (a|a)*' }],
    ['alternatives one of which contains the other', { given: '^(\\w|\\d)+$', want: 'overlap (\\w|\\d)+' }],
    ['alternatives that split a run two ways', { given: '^(a|aa)+$', want: 'overlap (a|aa)+' }],
    ['a non-capturing group', { given: '^(?:x+)+$', want: 'nested (?:x+)+' }],
    ['a repetition inside a named group', { given: '^(?<w>[a-z]+ ?)+$', want: 'nested (?<w>[a-z]+ ?)+' }],
    ['classes outside ASCII', { given: '^([а-я]+)+$', want: 'nested ([а-я]+)+' }],
  ];
  it.each(flagged)('flags %s', (_, { given, want }) => {
    const found = findRedos(given);
    expect(found && `${found.reason} ${found.fragment}`).toBe(want);
  });

  const safe: [string, string][] = [
    ['a plain pattern', '^ORD-[0-9]{8}$'],
    ['a single repetition', '^prod_[a-z0-9]+$'],
    ['a fenced inner repetition', '^([a-z]+,)*[a-z]+$'],
    ['a dotted number', '^(\\d+\\.)+\\d+$'],
    ['a slug', '^[a-z0-9]+(?:-[a-z0-9]+)*$'],
    ['an email-like pattern', '^[^@\\s]+@([a-z0-9-]+\\.)+[a-z]{2,}$'],
    ['any character, line breaks included', '^(.|\\n)*$'],
    ['disjoint alternatives', '^(ab|cd)*$'],
    ['alternatives that share only a first character', '^(ab|ac)*$'],
    ['a fixed inner count', '^(a{3})+$'],
    ['an optional inner part', '^(ab?)+$'],
    ['a repetition inside a lookahead', '^(?=(a+)+)b$'],
    ['escaped parentheses', '^\\(a+\\)+$'],
    ['a class with a literal bracket', '^[\\]a-z]+$'],
    ['a literal brace', '^a{,3}$'],
    ['a back-reference', '^(a)\\1+$'],
    ['an invalid pattern (the loader reports it)', '^(a+$'],
  ];
  it.each(safe)('passes %s', (_, given) => {
    expect(findRedos(given)).toBeUndefined();
  });

  it('answers from its cache the second time', () => {
    expect(findRedos('^(a+)+$')).toBe(findRedos('^(a+)+$'));
  });
});
