// Structured logs (pino). The same secrets that never reach the request log never reach stdout:
// pino's redaction removes them by path, and the request line carries no bodies at all.
import pino, { type Logger } from 'pino';
import { originalStack } from './stack-traces.js';

export const REDACT_PATHS = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.client_secret',
  '*.irp_password',
  '*.password',
  '*.access_token',
  '*.secret',
  '*.token',
  '*.api_key',
  'err.config.headers',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'einvoice-server' },
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // An error's stack names the TypeScript sources, not the bundle (stack-traces.ts).
      serializers: { err: (e: Error) => mapErrStack(pino.stdSerializers.err(e)) },
    },
    destination,
  );
}

function mapErrStack<T extends { stack?: string }>(serialized: T): T {
  if (serialized && typeof serialized.stack === 'string') serialized.stack = originalStack(serialized.stack)!;
  return serialized;
}
