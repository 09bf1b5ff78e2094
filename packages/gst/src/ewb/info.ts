// What the IRP says about an e-way bill in InfoDtls, next to a Generate-IRN or Generate-EWB answer.

/**
 * The distance the IRP computed, in km: its EWBPPD entry reads "Pin-Pin calc distance: 982KM".
 * Undefined when there is no such entry (the caller's own distance stands).
 */
export function ewbDistanceFromInfo(info: readonly unknown[]): number | undefined {
  for (const i of info) {
    if (typeof i !== 'object' || i === null || !('InfCd' in i) || i.InfCd !== 'EWBPPD' || !('Desc' in i)) continue;
    const m = /(\d+)\s*KM/i.exec(String(i.Desc));
    if (m) return Number(m[1]);
  }
  return undefined;
}
