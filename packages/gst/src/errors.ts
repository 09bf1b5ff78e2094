/**
 * NIC error catalogue: code -> NIC's message (paraphrased from the published lists; `{0}`, `{1}`
 * are filled per occurrence) and our resolution hint (what the integrator should change).
 * Sources: nic-einvoice.md §2.2 (EINV-ERR, CT, PERI, IC). Codes marked "ours" are our choice
 * where NIC's code is unconfirmed; see README "Choices for unconfirmed items".
 */
export type NicError = { code: string; message: string; hint: string; pointer?: string };
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: NicError[] };

type Entry = { message: string; hint: string };

export const NIC_ERRORS: Readonly<Record<string, Entry>> = {
  // IRP authentication of the taxpayer's API user (answered at registration, before any document)
  '1015': {
    message: 'Invalid GSTIN for this user',
    hint: 'The IRP API user belongs to another GSTIN: register the GSTIN with the API user created for it on the e-invoice portal.',
  },
  '1017': {
    message: 'Incorrect user id/User does not exists',
    hint: 'Check irp_username: it is the API user created on the e-invoice portal for your GSP (not the GST portal login).',
  },
  '1019': {
    message: 'Incorrect Password',
    hint: 'Check irp_password: the API user\'s password on the e-invoice portal (sandbox IRP: any user name, password "sandbox"). Reset it on the portal if it was changed there.',
  },
  // schema and request shape
  '2140': {
    message: 'Error while validating the request against the schema: {0}',
    hint: 'Fix the field at the pointer so that it matches INV-01 v1.1 (type, length, pattern, enum, range, required).',
  },
  '2144': { message: 'Invalid date format or date {0}', hint: 'Send a real calendar date as dd/MM/yyyy.' },
  '2155': {
    message: 'Supplier GSTIN is required',
    hint: 'Send SellerDtls.Gstin (the 15-character GSTIN of the supplier).',
  },
  '2159': {
    message: 'Invalid value for reverse charge applicable field',
    hint: 'Send TranDtls.RegRev as "Y" or "N", or leave it out.',
  },
  '2161': { message: 'Invalid document type', hint: 'Send DocDtls.Typ as INV, CRN or DBN.' },
  '2213': {
    message: 'Supplier GSTIN cannot be URP',
    hint: 'Only a registered supplier can generate an e-invoice; send the supplier GSTIN.',
  },
  // document
  '2218': {
    message: 'Document date {0} cannot be a future date',
    hint: 'Send the actual document date (today or earlier, Indian Standard Time).',
  },
  '2305': {
    message: 'Document date {0} is older than {1} days; reporting window has lapsed',
    hint: 'Taxpayers with AATO >= 10 Cr must report within 30 days of the document date. Issue the document afresh or report it outside the IRP as the law allows. (Code as reported from the IRP in india-compliance #3253; not in the published NIC list.)',
  },
  '2228': { message: 'Item list cannot be empty', hint: 'Send at least one line in ItemList.' },
  '2173': {
    message: 'You have exceeded the limit of number of items (1000)',
    hint: 'Split the document: an invoice can carry at most 1000 lines.',
  },
  '2233': { message: 'Duplicate serial number {0} in the item list', hint: 'Give every ItemList line a unique SlNo.' },
  // parties / GSTINs
  '3028': { message: 'GSTIN - {0} is invalid', hint: 'Check the GSTIN: it is not known to the GST common portal{1}.' },
  '3029': {
    message: 'GSTIN - {0} is inactive or cancelled',
    hint: 'The registration is suspended or cancelled; contact the counter-party or use the correct GSTIN.',
  },
  '3074': {
    message: 'GSTIN - {0} is cancelled and document date - {1} is later than de-registration date',
    hint: 'A document dated after the de-registration date cannot be reported; check the GSTIN or the document date.',
  },
  '3075': {
    message: 'GSTIN - {0} is cancelled and de-registration date is not available',
    hint: 'The GSTIN is cancelled; use the correct GSTIN or have the taxpayer record updated.',
  },
  '3076': { message: 'GSTIN - {0} is inactive', hint: 'The registration is inactive; use an active GSTIN.' },
  '3077': {
    message: 'GSTIN - {0} is cancelled and document date - {1} is earlier than registration date',
    hint: 'The document date must fall inside the registration period.',
  },
  '3079': {
    message: 'For active GSTINs the document date should not be earlier than registration date',
    hint: 'Use a document date on or after the registration date of {0}.',
  },
  '2143': {
    message: 'Invoice does not belong to the user GSTIN',
    hint: 'Operate only on documents of the GSTIN you authenticated as (SellerDtls.Gstin must be the session GSTIN, or the e-commerce operator acting for it).',
  },
  '2211': {
    message: 'Supplier GSTIN and recipient GSTIN cannot be the same',
    hint: 'Send the buyer GSTIN in BuyerDtls.Gstin; a taxpayer cannot invoice itself.',
  },
  '3026': {
    message: 'E-invoice options are not enabled for GSTIN - {0}',
    hint: "The supplier GSTIN is not enabled for e-invoicing on the IRP: have it enabled on the e-invoice portal (e-Invoice Enablement) first. (Code seen from the IRP; not in NIC's published list.)",
  },
  '2300': {
    message: 'Supplier GSTIN - {0} should be of type Regular or SED',
    hint: "A composition taxpayer cannot charge tax and issues a bill of supply, not an e-invoice; do not report it to the IRP. (Code seen from the IRP; not in NIC's published list.)",
  },
  '2231': {
    message: 'SEZ supplier cannot generate e-invoice through this system',
    hint: 'SEZ units are outside e-invoicing; report this document through the SEZ system.',
  },
  '2258': {
    message: 'Supplier GSTIN state code {0} does not match the supplier state code {1}',
    hint: 'SellerDtls.Stcd must equal the first two digits of SellerDtls.Gstin.',
  },
  '2265': {
    message: 'Recipient GSTIN state code {0} does not match the recipient state code {1}',
    hint: 'BuyerDtls.Stcd must equal the first two digits of BuyerDtls.Gstin.',
  },
  '2259': { message: 'Invalid supplier state code {0}', hint: 'Send a state code from the state master (01-38, 97).' },
  '2260': {
    message: 'Invalid recipient state code or place of supply {0}',
    hint: 'Send a state code from the state master (01-38, 96 for exports, 97).',
  },
  '2200': {
    message: 'Invalid state code {0} for dispatch or ship-to details',
    hint: 'Send a state code from the state master in DispDtls/ShipDtls.Stcd.',
  },
  '2178': {
    message: 'PIN code {0} does not belong to the state {1}',
    hint: "Correct the PIN or the state code; the first three digits of the PIN must fall in the state's range.",
  },
  '3039': {
    message: 'Pincode {0} of the buyer does not belong to his/her state {1}',
    hint: 'Correct BuyerDtls.Pin or BuyerDtls.Stcd.',
  },
  '2244': {
    message: 'PIN code is required for the recipient of a domestic supply',
    hint: 'Send BuyerDtls.Pin (999999 is only for exports).',
  },
  '3028E': {
    message: 'E-commerce GSTIN - {0} is invalid',
    hint: 'Send the GSTIN of the e-commerce operator (a TCS registration) or leave TranDtls.EcmGstin out.',
  },
  // tax type by place of supply
  '2172': {
    message: 'For Sl. No {0}, IGST amount is not applicable for intra-state supply; only CGST and SGST apply',
    hint: 'Supplier state equals the place of supply: charge CGST + SGST, or set TranDtls.IgstOnIntra = "Y" when IGST is legally due.',
  },
  '2241': {
    message: 'For Sl. No {0}, CGST and SGST amounts are required for intra-state supply',
    hint: 'Charge CGST and SGST (half of GstRt each) for an intra-state supply with a non-zero rate.',
  },
  '2174': {
    message: 'For Sl. No {0}, CGST and SGST are not applicable for inter-state supply; only IGST applies',
    hint: 'Supplier state differs from the place of supply: charge IGST instead of CGST + SGST.',
  },
  '2262': {
    message: 'IGST on intra-state supply is applicable only when supplier state code and place of supply are the same',
    hint: 'Remove TranDtls.IgstOnIntra = "Y", or correct BuyerDtls.Pos.',
  },
  '2237': {
    message: 'For Sl. No {0}, CGST/SGST are not applicable for supplies to SEZ',
    hint: 'Supplies to SEZ are inter-state: charge IGST (SEZWP) or no tax (SEZWOP).',
  },
  '2247': {
    message: 'Recipient GSTIN {0} is not an SEZ unit or developer',
    hint: "Use SupTyp B2B for a non-SEZ recipient, or send the SEZ unit's GSTIN.",
  },
  '2248': {
    message: 'Recipient GSTIN should be URP for export supplies',
    hint: 'Send BuyerDtls.Gstin = "URP" for EXPWP/EXPWOP.',
  },
  '2229': {
    message: 'Place of supply should be 96 (Other Country) for export supplies',
    hint: 'Send BuyerDtls.Pos = "96" for EXPWP/EXPWOP.',
  },
  '2261': {
    message: 'Recipient state code should be 96 (Other Country) for export supplies',
    hint: 'Send BuyerDtls.Stcd = "96" for EXPWP/EXPWOP.',
  },
  '2180': {
    message: 'For Sl. No {0}, CGST/SGST are not applicable for export supplies',
    hint: 'Exports are inter-state: charge IGST (EXPWP) or no tax (EXPWOP).',
  },
  '2171': {
    message: 'Recipient GSTIN cannot be URP for supply type {0}',
    hint: "Only exports go to an unregistered recipient (URP); send the recipient's GSTIN.",
  },
  '2242': {
    message: 'Place of supply cannot be 96 (Other Country) for supply type {0}',
    hint: 'Use SupTyp EXPWP/EXPWOP for exports, or send the Indian state of the place of supply.',
  },
  '2162': {
    message: 'Reverse charge is not applicable for supply type {0}',
    hint: 'Set TranDtls.RegRev = "N" (reverse charge applies to B2B and SEZ supplies only).',
  },
  // item arithmetic
  '2192': {
    message: 'For HSN - {0} and Sl. No - {1}, TotAmt should be equal to Qty x UnitPrice',
    hint: 'Set TotAmt = Qty x UnitPrice (tolerance +/-{2}).',
  },
  '2193': {
    message: 'For HSN - {0} and Sl. No - {1}, AssAmt should be equal to (TotAmt - Discount)',
    hint: 'Set AssAmt = TotAmt - Discount (tolerance +/-{2}).',
  },
  '2194': {
    message: 'For HSN - {0} and Sl. No - {1}, TotItemVal should be equal to AssAmt + taxes + cess + other charges',
    hint: 'Set TotItemVal = AssAmt + IgstAmt + CgstAmt + SgstAmt + CesAmt + CesNonAdvlAmt + StateCesAmt + StateCesNonAdvlAmt + OthChrg (tolerance +/-{2}).',
  },
  '2227': {
    message: 'For Sl. No {0}, CGST and SGST amounts are not equal',
    hint: 'CgstAmt and SgstAmt must be the same amount (half of GstRt each).',
  },
  '2234': {
    message: 'For Sl. No {0}, CGST/SGST amount does not match the assessable amount and GST rate',
    hint: 'Set CgstAmt = SgstAmt = AssAmt x GstRt / 200 (tolerance +/-{1}).',
  },
  '2235': {
    message: 'For Sl. No {0}, IGST amount does not match the assessable amount and GST rate',
    hint: 'Set IgstAmt = AssAmt x GstRt / 100 (tolerance +/-{1}).',
  },
  '2266': {
    message: 'For Sl. No {0}, cess amount does not match the assessable amount and cess rate',
    hint: 'Set CesAmt = AssAmt x CesRt / 100 (tolerance +/-{1}).',
  },
  '2267': {
    message: 'For Sl. No {0}, state cess amount does not match the assessable amount and state cess rate',
    hint: 'Set StateCesAmt = AssAmt x StateCesRt / 100 (tolerance +/-{1}).',
  },
  '2240': { message: 'For Sl. No {0}, GST rate {1} is invalid', hint: 'Send one of the notified GST rates: {2}.' },
  '2238': { message: 'For Sl. No {0}, quantity is required for goods', hint: 'Send Qty for lines with IsServc = "N".' },
  '2239': {
    message: 'For Sl. No {0}, unit of measurement is required for goods',
    hint: 'Send Unit (a UQC code such as NOS, KGS, BAG) for lines with IsServc = "N".',
  },
  '2176': {
    message: 'Invalid HSN code(s) - {0}',
    hint: 'Send an HSN/SAC code from the GST HSN master: 4, 6 or 8 digits of an existing chapter (01-98 except 77), or a 6-digit SAC (99xxxx).',
  },
  '2177': {
    message: 'Invalid unit code(s) - {0}',
    hint: 'Send a unit from the UQC master (e.g. NOS, KGS, BAG, MTR, OTH).',
  },
  // invoice totals
  '2182': {
    message: 'Total assessable value {0} does not match the sum of item assessable amounts {1}',
    hint: 'Set ValDtls.AssVal to the sum of ItemList[].AssAmt (tolerance +/-{2}).',
  },
  '2183': {
    message: 'Total SGST value {0} does not match the sum of item SGST amounts {1}',
    hint: 'Set ValDtls.SgstVal to the sum of ItemList[].SgstAmt (tolerance +/-{2}).',
  },
  '2184': {
    message: 'Total CGST value {0} does not match the sum of item CGST amounts {1}',
    hint: 'Set ValDtls.CgstVal to the sum of ItemList[].CgstAmt (tolerance +/-{2}).',
  },
  '2185': {
    message: 'Total IGST value {0} does not match the sum of item IGST amounts {1}',
    hint: 'Set ValDtls.IgstVal to the sum of ItemList[].IgstAmt (tolerance +/-{2}).',
  },
  '2186': {
    message: 'Total cess value {0} does not match the sum of item cess amounts {1}',
    hint: 'Set ValDtls.CesVal to the sum of ItemList[].CesAmt + CesNonAdvlAmt (tolerance +/-{2}).',
  },
  '2187': {
    message: 'Total state cess value {0} does not match the sum of item state cess amounts {1}',
    hint: 'Set ValDtls.StCesVal to the sum of ItemList[].StateCesAmt + StateCesNonAdvlAmt (tolerance +/-{2}).',
  },
  '2189': {
    message: 'Invalid total invoice value {0}; expected {1}',
    hint: 'TotInvVal = AssVal + CgstVal + SgstVal + IgstVal + CesVal + StCesVal + OthChrg - Discount + RndOffAmt, within +/-{2}.',
  },
  '2220': {
    message: 'Invoice discount {0} should be less than the total invoice value {1}',
    hint: 'Reduce ValDtls.Discount below TotInvVal.',
  },
  // export / masters
  '2201': {
    message: 'Invalid port code {0}',
    hint: 'Send ExpDtls.Port from the port master (e.g. INNSA1, INBOM1, INMAA1).',
  },
  '2202': {
    message: 'Invalid country code {0}',
    hint: 'Send an ISO 3166-1 alpha-2 country code in upper case (e.g. US); it is mandatory for exports.',
  },
  '2203': {
    message: 'Invalid currency code {0}',
    hint: 'Send an ISO 4217 currency code (e.g. USD) in ExpDtls.ForCur.',
  },
  // credit / debit notes
  '2191': {
    message: 'Original invoice number is required in case of credit / debit note',
    hint: 'Send RefDtls.PrecDocDtls[{InvNo, InvDt}] pointing at the original invoice.',
  },
  // IRN cancellation
  '2270': {
    message: 'The allowed cancellation time limit is crossed, you cannot cancel the IRN',
    hint: 'An IRN can be cancelled only within 24 hours of AckDt; issue a credit note instead.',
  },
  '2230': {
    message: 'This IRN cannot be cancelled because e-way bill has been generated for this. Cancel the e-way bill first',
    hint: 'Cancel the active e-way bill (CANEWB), then cancel the IRN.',
  },
  '9999': { message: 'Invoice is not active', hint: 'The IRN is already cancelled; nothing to do.' },
  // e-way bill via e-invoice
  '4000': {
    message: 'E-way bill cannot be generated as the IRN is not active',
    hint: 'Generate the e-way bill only for an active (not cancelled) IRN.',
  },
  '4002': {
    message: 'E-way bill is already generated for this IRN',
    hint: 'Fetch the existing e-way bill instead of generating another.',
  },
  '4009': {
    message: 'E-way bill cannot be generated as the invoice has no goods item',
    hint: 'At least one goods line (IsServc = "N") is needed for an e-way bill.',
  },
  '4010': {
    message: 'E-way bill cannot be generated for debit note, credit note and services',
    hint: 'Generate e-way bills only for INV documents with goods.',
  },
  '4011': {
    message: 'Vehicle number is required for road transport',
    hint: 'Send VehNo (and VehType) when TransMode is "1" (Road), or only TransId for a Part-A slip.',
  },
  '4022': {
    message: 'Vehicle type is required for road transport',
    hint: 'Send VehType "R" (regular) or "O" (over-dimensional cargo).',
  },
  '4012': {
    message: 'Transport document number is required for rail, air or ship',
    hint: 'Send TransDocNo and TransDocDt when TransMode is 2, 3 or 4.',
  },
  '4023': {
    message: 'Transport document date is required for rail, air or ship',
    hint: 'Send TransDocDt (dd/MM/yyyy) with TransDocNo.',
  },
  '4013': {
    message: 'The distance {0} km is more than the allowed distance {1} km between the PIN codes',
    hint: 'Send a distance within 110 % of the PIN-to-PIN distance (100 km when both PINs are equal), or 0 to let the system compute it.',
  },
  '4014': {
    message: 'Invalid vehicle number format {0}',
    hint: 'Send the registration number without spaces, e.g. KA01AB1234.',
  },
  '4016': {
    message: 'Transport document date {0} cannot be a future date',
    hint: 'Send the actual date of the transport document.',
  },
  '4018': { message: 'Invalid transporter id {0}', hint: "Send the transporter's GSTIN or TRANSIN (15 characters)." },
  '4019': {
    message: 'Provide Transporter ID in order to generate Part A of e-Way Bill',
    hint: 'Send TransId (Part-A slip) or the Part-B details (TransMode with VehNo, or TransDocNo/TransDocDt).',
  },
  '4021': {
    message: 'Transport document date {0} cannot be earlier than the invoice date {1}',
    hint: 'The transport document is issued on or after the invoice date.',
  },
  '4024': {
    message: 'Vehicle type ODC is allowed only for road transport',
    hint: 'Use VehType "O" only with TransMode "1".',
  },
  '4028': {
    message: 'Transport mode is required when vehicle number or transport document number is given',
    hint: 'Send TransMode with VehNo / TransDocNo.',
  },
  '4013S': {
    message: 'The actual distance must be passed when the dispatch and delivery PIN codes are the same ({0})',
    hint: 'Send Distance as the actual distance, 1 to 100 km; 0 (auto-calculate) is not allowed for the same PIN.',
  },
  // stand-alone e-way bill API (codes of the e-way bill system's own list, not the e-invoice one)
  '303': {
    message: 'Vehicle number is required',
    hint: 'Send vehicleNo when transMode is "1" (Road).',
  },
  '304': {
    message: 'Invalid vehicle format {0}',
    hint: 'Send the registration number without spaces, e.g. KA01AB1234.',
  },
  '311': {
    message: 'Validity period lapsed, you cannot update vehicle details',
    hint: 'The e-way bill has expired: extend it (within 8 hours of expiry) or generate a new one.',
  },
  '381': {
    message: 'There is no Part-B/vehicle entry, so please update the vehicle information',
    hint: 'A Part-A-only e-way bill has no validity to extend: enter Part-B (updateEwbVehicle) first.',
  },
  '385': {
    message: 'For rail, ship or air transDocNo and transDocDate are mandatory',
    hint: 'Send the railway receipt, airway bill or bill of lading number and date with transMode 2, 3 or 4.',
  },
  '390': {
    message: 'Remaining distance {0} km cannot be greater than the actual distance {1} km',
    hint: "Send the distance still to travel, at most the e-way bill's distance.",
  },
  '394': {
    message: 'For other than road transport, the transport document number is required',
    hint: 'Send transDocNo (and transDocDate) with transMode 2, 3 or 4.',
  },
  // stand-alone e-way bill API
  '312': {
    message: 'This e-way bill is either not generated by you or cancelled',
    hint: 'Act only on active e-way bills of your GSTIN.',
  },
  '315': {
    message: 'Validity period lapsed, you cannot cancel this e-way bill',
    hint: 'An expired e-way bill cannot be cancelled.',
  },
  '316': {
    message: 'E-way bill is already verified, you cannot cancel it',
    hint: 'An e-way bill verified by a tax officer cannot be cancelled.',
  },
  '382': {
    message:
      'You cannot extend the e-way bill, as the current time is not within 8 hours before or after the validity end',
    hint: 'Request the extension between 8 hours before and 8 hours after EwbValidTill.',
  },
  '702': {
    message: 'The distance between the PIN codes given is too high or too low',
    hint: 'Send a distance within 110 % of the PIN-to-PIN distance (100 km for the same PIN).',
  },
  '721': {
    message: 'The distance between the PIN codes is not available in the system; please enter the distance',
    hint: 'Send the actual distance in km instead of 0.',
  },
  '728': {
    message: 'You can cancel the e-way bill only within 24 hours of Part-B entry',
    hint: 'The 24-hour cancellation window has passed; let the e-way bill lapse or ask the recipient to reject it.',
  },
  '820': {
    message: 'E-way bill cannot be generated for a document dated more than 180 days ago',
    hint: 'Documents older than 180 days cannot move under an e-way bill.',
  },
  '821': {
    message: 'E-way bill validity cannot be extended beyond 360 days from its generation',
    hint: 'Generate a fresh e-way bill.',
  },
};

/** Builds a NicError from the catalogue; `args` fill `{0}`, `{1}`, ... in message and hint. */
export function nicError(code: string, pointer: string | undefined, ...args: Array<string | number>): NicError {
  const entry = NIC_ERRORS[code];
  if (!entry) throw new Error(`unknown NIC code ${code}`);
  const fill = (s: string) => s.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
  // A trailing letter marks a variant with its own message on the same wire code ('3028E' e-commerce, '4013S' same PIN).
  const wire = code.replace(/[A-Z]$/, '');
  const e: NicError = { code: wire, message: fill(entry.message), hint: fill(entry.hint) };
  if (pointer !== undefined) e.pointer = pointer;
  return e;
}
