// GSTINs registered under an account, with their IRP user (account API key).
import type { Deps } from '../../app/deps.js';
import { presentGspRouteUser, presentGstin, presentList } from '../../app/presenters.js';
import * as gstins from '../../app/usecases/gstins.js';
import type { Handler } from '../call.js';
import { adminOf, body, meta, pageQuery } from './helpers.js';

export function gstinHandlers(deps: Deps): Record<string, Handler> {
  return {
    registerGstin: async (call) => {
      const record = await gstins.registerGstin(deps, adminOf(call), body(call, 'registerGstin'), meta(call));
      return { status: 201, body: presentGstin(record), headers: { location: `/v1/gstins/${record.gstin}` } };
    },
    listGstins: async (call) => ({
      status: 200,
      body: presentList(await gstins.listGstins(deps, adminOf(call), pageQuery(call)), presentGstin, (g) => g.gstin),
    }),
    getGstin: async (call) => ({
      status: 200,
      body: presentGstin(await gstins.getGstin(deps, adminOf(call), call.pathParams.gstin!)),
    }),
    updateGstin: async (call) => ({
      status: 200,
      body: presentGstin(
        await gstins.updateGstin(deps, adminOf(call), call.pathParams.gstin!, body(call, 'updateGstin'), meta(call)),
      ),
    }),
    listGstinGspRoutes: async (call) => ({
      status: 200,
      body: {
        object: 'list',
        data: (await gstins.listRouteCredentials(deps, adminOf(call), call.pathParams.gstin!)).map(presentGspRouteUser),
      },
    }),
    putGstinGspRoute: async (call) => ({
      status: 200,
      body: presentGspRouteUser(
        await gstins.putRouteCredentials(
          deps,
          adminOf(call),
          call.pathParams.gstin!,
          call.pathParams.route!,
          body(call, 'putGstinGspRoute'),
          meta(call),
        ),
      ),
    }),
    deleteGstinGspRoute: async (call) => {
      await gstins.deleteRouteCredentials(
        deps,
        adminOf(call),
        call.pathParams.gstin!,
        call.pathParams.route!,
        meta(call),
      );
      return {
        status: 200,
        body: { object: 'gsp_route_user', gstin: call.pathParams.gstin!, route: call.pathParams.route!, deleted: true },
      };
    },
    deleteGstin: async (call) => {
      const deleted = await gstins.deleteGstin(deps, adminOf(call), call.pathParams.gstin!, meta(call));
      return {
        status: 200,
        body: { object: 'gstin', gstin: deleted.gstin, deleted: true, revoked_credentials: deleted.revokedCredentials },
      };
    },
  };
}
