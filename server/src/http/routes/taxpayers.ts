// A taxpayer's registration details from the IRP (GET /v1/taxpayers/{gstin}, GSTIN token). The older path,
// GET /v1/gstin-details/{gstin} (getGstinDetails), answers the same and is deprecated (app/versions/api-versions.ts).
import type { Deps } from '../../app/deps.js';
import { getGstinDetails } from '../../app/usecases/taxpayers.js';
import type { Handler } from '../call.js';
import { gstinOf, traceInto } from './helpers.js';

export function taxpayerHandlers(deps: Deps): Record<string, Handler> {
  const getTaxpayer: Handler = async (call) => ({
    status: 200,
    body: await getGstinDetails(deps, gstinOf(call), call.pathParams.gstin!, traceInto(call)),
  });
  return { getTaxpayer, getGstinDetails: getTaxpayer };
}
