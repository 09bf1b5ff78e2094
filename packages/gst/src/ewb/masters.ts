/** E-way bill code lists (IC constants/e_waybill.py; nic-einvoice.md §5). */
export const transportModes = { '1': 'Road', '2': 'Rail', '3': 'Air', '4': 'Ship', '5': 'In transit' } as const;
export const ewbCancelReasons = {
  '1': 'Duplicate',
  '2': 'Order cancelled',
  '3': 'Data entry mistake',
  '4': 'Others',
} as const;
export const irnCancelReasons = {
  '1': 'Duplicate',
  '2': 'Data entry mistake',
  '3': 'Order cancelled',
  '4': 'Others',
} as const;
export const partBReasons = {
  '1': 'Due to break down',
  '2': 'Due to transhipment',
  '3': 'Others',
  '4': 'First time',
} as const;
export const extensionReasons = {
  '1': 'Natural calamity',
  '2': 'Law and order situation',
  '4': 'Transhipment',
  '5': 'Accident',
  '99': 'Others',
} as const;

/** Indian registration numbers: standard (KA01AB1234), BH series (22BH1234AA), temporary (TR...). */
export const VEHICLE_NO =
  /^([A-Z]{2}[0-9]{1,2}[A-Z]{0,3}[0-9]{4}|[0-9]{2}BH[0-9]{4}[A-Z]{1,2}|TR[A-Z0-9]{6,15}|[A-Z]{3}[0-9]{4})$/;
export function isVehicleNo(v: string): boolean {
  return VEHICLE_NO.test(v.toUpperCase());
}
