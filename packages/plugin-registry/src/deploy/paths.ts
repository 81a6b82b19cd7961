/** The folder under the build's output root that holds the Lambda bundle, its zip and the template. */
export const LAMBDA_OUT_DIR = 'registry';
