// Removes a package's dist/ before tsc runs, so files deleted from src/ never linger in a published build.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
