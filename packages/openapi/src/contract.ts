// One object that bundles the parsed spec, its operations, a router and the validators.
import { loadSpec, type OpenApiDocument } from './load.js';
import { listOperations, type OperationInfo } from './operations.js';
import { Router } from './router.js';
import { ContractValidator } from './validator.js';

export class Contract {
  readonly operations: OperationInfo[];
  readonly byId: ReadonlyMap<string, OperationInfo>;
  readonly router: Router;
  readonly validator: ContractValidator;

  constructor(readonly doc: OpenApiDocument = loadSpec()) {
    this.operations = listOperations(doc);
    this.byId = new Map(this.operations.map((o) => [o.operationId, o]));
    this.router = new Router(this.operations);
    this.validator = new ContractValidator(doc);
  }

  operation(operationId: string): OperationInfo {
    const op = this.byId.get(operationId);
    if (!op) throw new Error(`unknown operationId ${operationId}`);
    return op;
  }
}
