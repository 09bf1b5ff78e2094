// Generated from spec/openapi.yaml (info.x-api-version) by scripts/add-header.mjs. DO NOT EDIT.

/** The dated API version this SDK was generated for: sent in `Einvoice-Version` unless `apiVersion` is set. */
export const API_VERSION = '2026-12-05';
