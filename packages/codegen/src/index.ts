export { buildModel } from './build.js';
export {
  check,
  generate,
  generateFromSpec,
  MANIFEST_PATH,
  type Manifest,
  OUTPUT_ROOTS,
  strayGenerated,
  writeFiles,
} from './emit.js';
export type * from './model.js';
export { renderGo } from './render/go.js';
export { renderPython } from './render/python.js';
