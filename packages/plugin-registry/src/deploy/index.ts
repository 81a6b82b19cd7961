export { type DeploySettings, deployRegistry } from './deploy.js';
export { DEPLOY_CATALOG } from './diagnostics.js';
export { LAMBDA_OUT_DIR } from './paths.js';
export { sdkSnippets } from './snippets.js';
export { type CloudFormationTemplate, OUTPUTS, registryTemplate, roleStatements } from './template.js';
