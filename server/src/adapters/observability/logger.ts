// Structured logs (pino). The same secrets that never reach the request log never reach stdout:
// pino's redaction removes them by path, and the request line carries no bodies at all.
import pino, { type Logger } from 'pino';

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
    },
    destination,
  );
}
