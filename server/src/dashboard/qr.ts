// A document's signed QR code (a JWT) drawn server-side as an SVG that a phone or the tests can scan.
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
  // Level M (15% recovery), a 4-module quiet zone: what the IRP's own printouts use for the signed QR.
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
