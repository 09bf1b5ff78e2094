export { loadSpec, specFilePath, type OpenApiDocument } from './load.js';
export { listOperations, deref, at, escapePointer, HTTP_METHODS, type HttpMethod, type OperationInfo, type ParameterInfo } from './operations.js';
export { Router, type Match } from './router.js';
export { ContractValidator, type FieldError, type RequestParts } from './validator.js';
export { Contract } from './contract.js';
