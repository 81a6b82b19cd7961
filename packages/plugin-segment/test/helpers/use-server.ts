import { afterEach, beforeEach, expect } from 'vitest';
import { type SegmentServer, startSegmentServer } from './segment-server.js';

/** The fixture server of the running test, started before and stopped after each test. */
export interface ServerFixture {
  readonly server: SegmentServer;
}

/**
 * Starts a fresh fixture server for every test of the file, and fails the test when the plugin
 * sent a request the OpenAPI document does not allow.
 */
export function useSegmentServer(): ServerFixture {
  let current: SegmentServer | undefined;
  beforeEach(async () => {
    current = await startSegmentServer();
  });
  afterEach(async () => {
    await current?.stop();
    expect(current?.violations).toEqual([]);
  });
  return {
    get server(): SegmentServer {
      if (!current) throw new Error('the fixture server runs only inside a test');
      return current;
    },
  };
}
