import type { InfoDtl, NicError } from './errors.js';

/** NIC's response envelope. NIC's docs call ErrorDetails base64; real responses carry an array, as we do. */
export interface NicEnvelope {
  Status: 0 | 1;
  Data: string | null;
  ErrorDetails: { ErrorCode: string; ErrorMessage: string }[] | null;
  InfoDtls: InfoDtl[] | null;
}

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
