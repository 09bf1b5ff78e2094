export { buildModel } from './build.js';
export { check, generate, generateFromSpec, strayGenerated, writeFiles, MANIFEST_PATH, OUTPUT_ROOTS, type Manifest } from './emit.js';
export type * from './model.js';
export { renderGo } from './render/go.js';
export { renderPython } from './render/python.js';
