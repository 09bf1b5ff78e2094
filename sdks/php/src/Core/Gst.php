<?php

declare(strict_types=1);

namespace Einvoice\Core;

/** Offline GST helpers: GSTIN check character and IRN hash (spec/vectors/gstin-check-digits.json, irn-hashes.json). */
final class Gst
{
    private const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    private const KINDS = [
        '/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/',
        '/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]C[0-9A-Z]$/',
        '/^[0-9]{2}[A-Z]{4}[A-Z0-9][0-9]{4}[A-Z][1-9A-Z]D[0-9A-Z]$/',
        '/^[0-9]{4}[A-Z]{3}[0-9]{5}[UO]N[A-Z0-9]$/',
        '/^9999[0-9]{2}[A-Z]{3}[0-9]{5}[A-Z0-9]{2}$/',
    ];

    public static function gstinCheckDigit(string $first14): string
    {
        if (strlen($first14) !== 14) {
            throw new \InvalidArgumentException('need 14 characters');
        }
        $sum = 0;
        for ($i = 0; $i < 14; $i++) {
            $v = strpos(self::ALPHABET, $first14[$i]);
            if ($v === false) {
                throw new \InvalidArgumentException("bad character {$first14[$i]}");
            }
            $p = $v * ($i % 2 === 0 ? 1 : 2);
            $sum += intdiv($p, 36) + $p % 36;
        }
        return self::ALPHABET[(36 - $sum % 36) % 36];
    }

    public static function isValidGstin(string $gstin): bool
    {
        if (strlen($gstin) !== 15) {
            return false;
        }
        foreach (self::KINDS as $re) {
            if (preg_match($re, $gstin)) {
                return self::gstinCheckDigit(substr($gstin, 0, 14)) === $gstin[14];
            }
        }
        return false;
    }

    public static function financialYear(string $docDate): string
    {
        [, $m, $y] = array_map('intval', explode('/', $docDate));
        $start = $m >= 4 ? $y : $y - 1;
        return sprintf('%d-%02d', $start, ($start + 1) % 100);
    }

    public static function computeIrn(string $sellerGstin, string $docType, string $docNo, string $docDate, bool $uppercaseDocNo = true): string
    {
        $no = $uppercaseDocNo ? strtoupper($docNo) : $docNo;
        return hash('sha256', strtoupper($sellerGstin) . self::financialYear($docDate) . strtoupper($docType) . $no);
    }
}
