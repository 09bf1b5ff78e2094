export { Contract } from './contract.js';
export { loadSpec, type OpenApiDocument, referenceFilePath, specFilePath } from './load.js';
export {
  at,
  deref,
  escapePointer,
  HTTP_METHODS,
  type HttpMethod,
  listOperations,
  type OperationInfo,
  type ParameterInfo,
} from './operations.js';
export { type Match, Router } from './router.js';
export { ContractValidator, type FieldError, type RequestParts } from './validator.js';
