// Hosted onboarding links (account API key). The page they point to is dashboard/onboarding.tsx.
import type { Deps } from '../../app/deps.js';
import { presentList, presentOnboardingLink } from '../../app/presenters.js';
import * as onboarding from '../../app/usecases/onboarding.js';
import type { Handler } from '../call.js';
import { adminOf, body, meta, NO_STORE, pageQuery } from './helpers.js';

/** `publicBaseUrl`: where browsers reach this server (PUBLIC_BASE_URL); absent: the origin the call came to. */
export function onboardingHandlers(deps: Deps, publicBaseUrl?: string): Record<string, Handler> {
  const now = () => deps.clock.now();
  return {
    createOnboardingLink: async (call) => {
      const { link, url } = await onboarding.createOnboardingLink(
        deps,
        adminOf(call),
        body(call, 'createOnboardingLink'),
        meta(call),
        publicBaseUrl ?? new URL(call.url ?? `http://${call.headers.get('host') ?? '127.0.0.1'}${call.path}`).origin,
      );
      return {
        status: 201,
        body: presentOnboardingLink(link, now(), url),
        // The url carries the one-time token: no cache may keep the answer.
        headers: { location: `/v1/onboarding-links/${link.id}`, ...NO_STORE },
      };
    },
    listOnboardingLinks: async (call) => ({
      status: 200,
      body: presentList(
        await onboarding.listOnboardingLinks(deps, adminOf(call), pageQuery(call)),
        (l) => presentOnboardingLink(l, now()),
        (l) => l.id,
      ),
    }),
    getOnboardingLink: async (call) => ({
      status: 200,
      body: presentOnboardingLink(
        await onboarding.getOnboardingLink(deps, adminOf(call), call.pathParams.link_id!),
        now(),
      ),
    }),
    revokeOnboardingLink: async (call) => ({
      status: 200,
      body: presentOnboardingLink(
        await onboarding.revokeOnboardingLink(deps, adminOf(call), call.pathParams.link_id!, meta(call)),
        now(),
      ),
    }),
  };
}
