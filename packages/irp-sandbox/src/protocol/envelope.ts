import type { InfoDtl, NicEnvelope } from '@einvoice/nic';
import type { NicError } from './errors.js';

// NIC's docs call ErrorDetails base64; real responses carry an array, as we do.

export function successEnvelope(data: string, info: InfoDtl[] | null = null): NicEnvelope {
  return { Status: 1, Data: data, ErrorDetails: null, InfoDtls: info?.length ? info : null };
}

export function failureEnvelope(errors: NicError[], info: InfoDtl[] | null = null): NicEnvelope {
  return {
    Status: 0,
    Data: null,
    ErrorDetails: errors.map((e) => ({ ErrorCode: e.code, ErrorMessage: e.message })),
    InfoDtls: info?.length ? info : null,
  };
}
