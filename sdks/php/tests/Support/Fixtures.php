<?php

declare(strict_types=1);

namespace Einvoice\Tests\Support;

use Einvoice\Models\Invoice;

/** spec/conformance/fixtures: {{gstin}}, {{doc_no}}, {{doc_date}} and JSON-pointer `set`. */
final class Fixtures
{
    /** @return array<string, mixed> */
    public static function json(string $path): array
    {
        return (array) json_decode((string) file_get_contents(Servers::repoRoot() . '/' . $path), true, 512, JSON_THROW_ON_ERROR);
    }

    /**
     * @param array<string, mixed> $spec {"$fixture": name, "set": {pointer: value}}
     * @return array<string, mixed>
     */
    public static function resolve(array $spec, string $gstin): array
    {
        $text = (string) file_get_contents(Servers::repoRoot() . "/spec/conformance/fixtures/{$spec['$fixture']}.json");
        $today = (new \DateTimeImmutable('now', new \DateTimeZone('Asia/Kolkata')))->format('d/m/Y');
        $text = strtr($text, ['{{gstin}}' => $gstin, '{{doc_no}}' => 'CT/' . strtoupper(bin2hex(random_bytes(5))), '{{doc_date}}' => $today]);
        $doc = (array) json_decode($text, true, 512, JSON_THROW_ON_ERROR);
        foreach ($spec['set'] ?? [] as $ptr => $value) {
            $keys = array_slice(explode('/', $ptr), 1);
            $ref = &$doc;
            foreach ($keys as $k) {
                $ref = &$ref[$k];
            }
            $ref = $value;
            unset($ref);
        }
        return $doc;
    }

    public static function invoice(string $gstin, array $spec = ['$fixture' => 'invoice']): Invoice
    {
        return Invoice::fromArray(self::resolve($spec, $gstin));
    }
}
