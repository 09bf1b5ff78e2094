import { countries } from './countries.js';
import { currencies } from './currencies.js';
import { gstRates } from './gst-rates.js';
import { pinPrefixes } from './pin-prefixes.js';
import { ports } from './ports.js';
import { states } from './states.js';
import { uqc } from './uqc.js';

export const masters = { states, uqc, countries, currencies, ports, pinPrefixes, gstRates } as const;
export * from './countries.js';
export * from './currencies.js';
export * from './gst-rates.js';
export * from './hsn.js';
export * from './pin-distance.js';
export * from './pin-prefixes.js';
export * from './ports.js';
export * from './states.js';
export * from './uqc.js';
