import { eventSchemaDocument } from './event-schema.js';
import { PROJECT_META_SCHEMA } from './meta-schema.js';

/** What `reflekt init` scaffolds from. */
export interface ProjectScaffold {
  readonly name: string;
  readonly vendor: string;
  /** Import `defineConfig` at run time (only when `@reflekt/compiler` is installed where the config lives). */
  readonly runtimeImport: boolean;
  readonly compilerVersion: string;
  /** Write a package.json (the folder has none). */
  readonly withPackageJson: boolean;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every file of a new project, by relative path. */
export function projectFiles(p: ProjectScaffold): Record<string, string> {
  const files: Record<string, string> = {
    'reflekt.config.ts': configFile(p),
    'schemas/.reflekt/meta/1-0.json': json(PROJECT_META_SCHEMA),
    [`schemas/${p.name}/Signed_Up/1-0.json`]: json(exampleEvent(p)),
    'README.md': readme(p),
    '.gitignore': 'node_modules/\n.env\n.reflekt/\n',
    '.github/workflows/reflekt-lint.yml': lintWorkflow(),
    '.github/workflows/reflekt-publish.yml': publishWorkflow(),
  };
  if (p.withPackageJson) {
    files['package.json'] = json({
      name: p.name.replace(/_/g, '-'),
      private: true,
      type: 'module',
      scripts: { lint: 'reflekt lint', build: 'reflekt build' },
      devDependencies: { '@reflekt/compiler': `^${p.compilerVersion}` },
    });
  }
  return files;
}

function configFile(p: ProjectScaffold): string {
  const body = `{
  name: ${JSON.stringify(p.name)},
  vendor: ${JSON.stringify(p.vendor)},
  schemas: ['schemas'],
  outDir: 'artifacts',
  conventions: {
    event: { casing: 'title', numbers: false, reserved: [] },
    property: { casing: 'snake', numbers: false, reserved: [] },
  },
  // Emitters and sources, e.g. dbt({ ... }), types(), registry({ ... }).
  plugins: [],
}`;
  return p.runtimeImport
    ? `import { defineConfig } from '@reflekt/compiler';\n\nexport default defineConfig(${body});\n`
    : `import type { UserConfig } from '@reflekt/compiler';\n\nexport default ${body} satisfies UserConfig;\n`;
}

function exampleEvent(p: ProjectScaffold) {
  return eventSchemaDocument({
    id: `${p.name}/Signed_Up/1-0.json`,
    vendor: p.vendor,
    name: 'Signed Up',
    version: '1-0',
    description: 'A visitor created an account.',
    metadata: { code_owner: 'growth' },
    properties: {
      signup_method: {
        description: 'How the account was created.',
        type: 'string',
        enum: ['email', 'google', 'apple'],
      },
      referral_code: {
        description: 'The referral code entered at sign-up, if any.',
        type: ['string', 'null'],
      },
    },
    required: ['signup_method'],
  });
}

function readme(p: ProjectScaffold): string {
  return `# ${p.name} tracking plan

The analytics events of ${p.name}, as versioned JSON Schemas under \`schemas/\`, compiled by
[Reflekt](https://www.npmjs.com/package/@reflekt/compiler).

\`\`\`sh
npm install                      # installs the reflekt CLI
npx reflekt new "Order Completed" # add an event (add --major or --minor for a new version)
npx reflekt lint                 # check naming, descriptions, types and metadata
npx reflekt build                # compile the plan with the plugins in reflekt.config.ts
\`\`\`

- \`schemas/<plan>/<Event_Name>/<major>-<minor>.json\`: one file per event version. A breaking change
  (a new required property, a changed type) is a new MAJOR file; a compatible one a MINOR version.
- \`schemas/.reflekt/meta/1-0.json\`: the meta-schema every event must satisfy; require metadata keys
  (for example \`code_owner\`) here.
- \`.github/workflows/\`: lint on pull requests, build and publish on merge to \`main\`.
`;
}

function lintWorkflow(): string {
  return `name: reflekt lint
on:
  pull_request:
    paths: ['schemas/**', 'reflekt.config.*', '.github/workflows/reflekt-*.yml']
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the base branch too, for reflekt breaking
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --no-audit --no-fund
      - name: Lint the tracking plan (findings become PR annotations)
        run: npx reflekt lint --format github
      - name: Check that every breaking change comes with a new MAJOR version
        run: npx reflekt breaking --against origin/\${{ github.base_ref }} --format github
      - name: Check that the plan builds
        run: npx reflekt build --out "$RUNNER_TEMP/reflekt-artifacts"
`;
}

function publishWorkflow(): string {
  return `name: reflekt publish
on:
  push:
    branches: [main]
    paths: ['schemas/**', 'reflekt.config.*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --no-audit --no-fund
      - run: npx reflekt lint --format github
      - run: npx reflekt build --format json > reflekt-build.json
      # Publish what the configured emitters produced (dbt package, types, schemas, docs).
      - uses: actions/upload-artifact@v4
        with:
          name: reflekt-artifacts
          path: |
            artifacts/
            reflekt-build.json
`;
}
