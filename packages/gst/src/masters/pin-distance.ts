/**
 * Deterministic PIN-to-PIN road distance ESTIMATE (an approximation, not NIC's distance master).
 *
 * Method: each 2-digit PIN prefix (postal sub-region) has an approximate centroid (lat, lon),
 * chosen by us as the main city of that sub-region. Distance = great-circle distance between
 * the two centroids x 1.3 (a typical Indian road/straight-line ratio). Within one sub-region:
 * 30 km, plus 25 km per step between the 3-digit sorting districts.
 * Identical PINs give 0. Unknown prefixes give undefined (the IRP answers 721 then).
 * Example: 193501 (Baramulla) -> 500055 (Hyderabad) gives 2459 km; NIC said 2467 km.
 */
const CENTROIDS: Readonly<Record<string, readonly [number, number]>> = {
  '11': [28.61, 77.21],
  '12': [28.9, 76.6],
  '13': [30.0, 76.4],
  '14': [30.9, 75.85],
  '15': [31.3, 75.0],
  '16': [30.73, 76.78],
  '17': [31.6, 77.0],
  '18': [32.73, 74.86],
  '19': [34.08, 74.8],
  '20': [27.5, 78.0],
  '21': [26.0, 81.0],
  '22': [26.85, 80.95],
  '23': [25.6, 82.5],
  '24': [28.8, 78.8],
  '25': [29.5, 78.5],
  '26': [30.1, 78.6],
  '27': [26.5, 83.0],
  '28': [27.2, 78.0],
  '30': [26.9, 75.8],
  '31': [26.0, 74.3],
  '32': [24.8, 75.5],
  '33': [28.0, 73.8],
  '34': [26.3, 72.6],
  '36': [22.3, 70.8],
  '37': [22.8, 69.8],
  '38': [23.03, 72.58],
  '39': [21.5, 73.0],
  '40': [19.08, 72.88],
  '41': [18.52, 73.86],
  '42': [20.0, 74.5],
  '43': [19.5, 76.5],
  '44': [21.15, 79.09],
  '45': [22.72, 75.86],
  '46': [23.26, 77.41],
  '47': [24.5, 78.5],
  '48': [23.17, 79.94],
  '49': [21.25, 81.63],
  '50': [17.39, 78.49],
  '51': [15.5, 78.5],
  '52': [16.5, 80.6],
  '53': [17.7, 83.2],
  '56': [12.97, 77.59],
  '57': [12.5, 76.0],
  '58': [15.36, 75.12],
  '59': [16.0, 75.5],
  '60': [13.08, 80.27],
  '61': [11.0, 79.5],
  '62': [9.5, 78.0],
  '63': [11.5, 78.0],
  '64': [11.0, 77.0],
  '67': [11.25, 75.78],
  '68': [9.6, 76.5],
  '69': [8.6, 77.0],
  '70': [22.57, 88.36],
  '71': [22.6, 88.0],
  '72': [22.5, 87.5],
  '73': [25.5, 88.3],
  '74': [23.4, 88.5],
  '75': [20.3, 85.82],
  '76': [19.5, 84.5],
  '77': [21.5, 85.0],
  '78': [26.14, 91.74],
  '79': [25.5, 93.5],
  '80': [25.6, 85.1],
  '81': [25.2, 86.5],
  '82': [24.5, 85.0],
  '83': [23.34, 85.31],
  '84': [26.1, 85.4],
  '85': [25.8, 87.0],
};

const ROAD_FACTOR = 1.3;
/** Generous on purpose: an estimate that is too low would reject honest distances (4013). */
const SAME_DISTRICT_KM = 30;
const KM_PER_DISTRICT_STEP = 25;

function haversineKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad,
    dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function pinDistanceKm(fromPin: number, toPin: number): number | undefined {
  if (!Number.isInteger(fromPin) || !Number.isInteger(toPin)) return undefined;
  if (fromPin < 100000 || fromPin > 999999 || toPin < 100000 || toPin > 999999) return undefined;
  const a = CENTROIDS[String(fromPin).slice(0, 2)],
    b = CENTROIDS[String(toPin).slice(0, 2)];
  if (!a || !b) return undefined;
  if (fromPin === toPin) return 0;
  if (a === b) {
    // Same sub-region: no centroid distance; estimate from the sorting-district digit.
    const steps = Math.abs(Math.floor(fromPin / 1000) - Math.floor(toPin / 1000));
    return SAME_DISTRICT_KM + steps * KM_PER_DISTRICT_STEP;
  }
  return Math.round(haversineKm(a, b) * ROAD_FACTOR);
}

export const pinRegionCentroids = CENTROIDS;
