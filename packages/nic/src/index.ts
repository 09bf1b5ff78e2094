/**
 * The NIC IRP wire protocol as a client speaks it. The simulator (@einvoice/irp-sandbox) answers it with
 * these same types and primitives; the reference server's GSP adapters call the IRP through these clients.
 */
export { aesDecrypt, aesEncrypt } from './crypto/aes.js';
export { rsaEncrypt } from './crypto/rsa.js';
export type {
  AuthData,
  CancelIrnData,
  CancelIrnRequest,
  EwbByIrnData,
  EwbByIrnRequest,
  EwbData,
  GstinDetails,
  IrnData,
} from './einvoice.js';
export type { ClientError, ErrorDetail, FetchInit, FetchLike, InfoDtl, NicEnvelope, NicResult } from './envelope.js';
export { findDupIrn, isSuccessStatus, parseErrorDetails, parseGspMessage } from './envelope.js';
export type {
  CancelEwbData,
  CancelEwbRequest,
  EwbApiError,
  ExtendEwbData,
  ExtendEwbRequest,
  GetEwayBillData,
  UpdateEwbVehicleData,
  UpdateEwbVehicleRequest,
} from './ewb-api.js';
export { decodeEwbApiSuccess, ewbApiHmac, parseEwbApiError } from './ewb-api.js';
export type { EwbSystemClientOptions, EwbSystemSession } from './ewb-system-client.js';
export { EWB_TOKEN_ERRORS, EwbSystemClient } from './ewb-system-client.js';
export type { GspClientOptions, GspResult } from './gsp-client.js';
export { GspClient } from './gsp-client.js';
export { decodeNicJwtData, type NicSignatureCheck, type NicSigningKey, NicSigningKeys, verifyNicJwt } from './jwt.js';
export { NIC_LOGIN_BLOCK_BYTES, nicLoginBytes, nicLoginFits } from './login-block.js';
export type { NicClientOptions, NicSession } from './nic-client.js';
export { NicClient } from './nic-client.js';
export type { HeaderStyle } from './wire.js';
export { appHeaders, HEADER_STYLES, joinUrl, userHeader } from './wire.js';
