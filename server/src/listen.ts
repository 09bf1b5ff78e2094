// Starts the HTTP listener: plain HTTP (behind a proxy that terminates TLS), or TLS 1.3 only with
// HSTS when a certificate is configured.
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { type ServerType, serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Config } from './config.js';

export interface Listening {
  server: ServerType;
  url: string;
  port: number;
}

export function listen(
  app: Hono,
  config: Pick<Config, 'HOST' | 'PORT' | 'TLS_CERT_FILE' | 'TLS_KEY_FILE' | 'HSTS_MAX_AGE'>,
): Promise<Listening> {
  const tls = Boolean(config.TLS_CERT_FILE && config.TLS_KEY_FILE);
  const fetch = tls
    ? async (request: Request, env: unknown) => {
        const response = await app.fetch(request, env);
        const headers = new Headers(response.headers);
        headers.set('strict-transport-security', `max-age=${config.HSTS_MAX_AGE}; includeSubDomains`);
        return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
      }
    : app.fetch;
  return new Promise((resolve) => {
    const server: ServerType = serve(
      {
        fetch,
        port: config.PORT,
        hostname: config.HOST,
        ...(tls
          ? {
              createServer: createHttpsServer,
              serverOptions: {
                cert: readFileSync(config.TLS_CERT_FILE!),
                key: readFileSync(config.TLS_KEY_FILE!),
                minVersion: 'TLSv1.3' as const,
              },
            }
          : {}),
      },
      (info) => resolve({ server, port: info.port, url: `${tls ? 'https' : 'http'}://${config.HOST}:${info.port}` }),
    );
  });
}
