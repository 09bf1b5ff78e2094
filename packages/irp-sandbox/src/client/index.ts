export { NicClient } from './nic-client.js';
export type {
  NicClientOptions, NicSession, AuthData, IrnData, CancelIrnRequest, EwbByIrnRequest, CancelEwbRequest,
  UpdateEwbVehicleRequest, UpdateEwbVehicleData, ExtendEwbRequest, ExtendEwbData,
} from './nic-client.js';
export { GspClient } from './gsp-client.js';
export type { GspClientOptions, GspResult } from './gsp-client.js';
export { parseErrorDetails, parseGspMessage, isSuccessStatus } from './envelope.js';
export type { NicResult, ClientError, ClientInfo } from './envelope.js';
export { aesEncrypt, aesDecrypt } from '../crypto/aes.js';
export { rsaEncrypt } from '../crypto/rsa.js';
export { decodeNicJwtData } from '../crypto/jwt.js';
