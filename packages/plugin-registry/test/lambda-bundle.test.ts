import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUNDLE_SIZE_LIMIT, bundleLambda } from '../src/lambda/bundle.js';
import { zipHandler } from '../src/lambda/zip.js';
import { exampleEmbeddedValidators } from './fixtures/lambda-events/embedded.js';
import { PRODUCT_VIEWED } from './helpers/registry-schemas.js';

describe('Lambda bundle', () => {
  it('is one minified ESM file under 150 KB that leaves the AWS SDK external and builds byte-identically', async () => {
    const [first, second] = await Promise.all([bundleLambda(undefined), bundleLambda(undefined)]);
    expect(first).toBe(second);
    expect(Buffer.byteLength(first)).toBeLessThanOrEqual(BUNDLE_SIZE_LIMIT);
    expect(first).toMatch(/export\s*\{[^}]*\bhandler\b/);
    // The SDK is imported lazily by name, never inlined.
    expect(first).toContain('"@aws-sdk/client-s3"');
    expect(first).not.toContain('S3ServiceException');
    expect(first).not.toMatch(/\/work\/|node_modules/);
  });

  it('zips exactly handler.mjs, deterministically', async () => {
    const bundle = await bundleLambda(undefined);
    const zip = zipHandler(bundle);
    expect(Buffer.from(zipHandler(bundle)).equals(Buffer.from(zip))).toBe(true);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(['handler.mjs']);
    expect(new TextDecoder().decode(entries['handler.mjs'])).toBe(bundle);
  });

  it('bakes validators in through the virtual module when schemas are embedded', async () => {
    const embedded = await bundleLambda(await exampleEmbeddedValidators());
    const plain = await bundleLambda(undefined);
    expect(embedded).toContain(JSON.stringify(PRODUCT_VIEWED));
    expect(plain).not.toContain(PRODUCT_VIEWED);
    expect(Buffer.byteLength(embedded)).toBeGreaterThan(Buffer.byteLength(plain));
    // Three schemas use ajv-formats: bundled together they share one copy of its formats.
    expect(embedded.match(/uri-template/g)).toHaveLength(1);
  });
});
