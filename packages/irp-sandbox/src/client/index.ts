export { aesDecrypt, aesEncrypt } from '../crypto/aes.js';
export { decodeNicJwtData } from '../crypto/jwt.js';
export { rsaEncrypt } from '../crypto/rsa.js';
export type { ClientError, ClientInfo, NicResult } from './envelope.js';
export { isSuccessStatus, parseErrorDetails, parseGspMessage } from './envelope.js';
export type { GspClientOptions, GspResult } from './gsp-client.js';
export { GspClient } from './gsp-client.js';
export type {
  AuthData,
  CancelEwbRequest,
  CancelIrnRequest,
  EwbByIrnRequest,
  ExtendEwbData,
  ExtendEwbRequest,
  IrnData,
  NicClientOptions,
  NicSession,
  UpdateEwbVehicleData,
  UpdateEwbVehicleRequest,
} from './nic-client.js';
export { NicClient } from './nic-client.js';
