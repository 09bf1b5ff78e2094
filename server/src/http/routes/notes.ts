// Credit and debit notes (POST /v1/notes): generated exactly like invoices, against a preceding document.
import type { Deps } from '../../app/deps.js';
import type { Handler } from '../call.js';
import { type GenerationOptions, generateDocumentHandler } from './document-generation.js';

export function noteHandlers(deps: Deps, options: GenerationOptions = {}): Record<string, Handler> {
  return { generateNote: generateDocumentHandler(deps, 'generateNote', options) };
}
