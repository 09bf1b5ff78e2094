<?php

declare(strict_types=1);

namespace Einvoice\Tests;

use PHPUnit\Framework\TestCase;

/** Every ```php block of the README is valid PHP as pasted (`php -l`). */
final class ReadmeTest extends TestCase
{
    /** @return list<string> */
    private static function blocks(): array
    {
        $readme = (string) file_get_contents(__DIR__ . '/../README.md');
        preg_match_all('/```php\n(.*?)```/s', $readme, $m);
        return $m[1];
    }

    public function testEveryBlockLints(): void
    {
        $blocks = self::blocks();
        self::assertNotEmpty($blocks);
        foreach ($blocks as $i => $code) {
            $file = tempnam(sys_get_temp_dir(), 'readme') . '.php';
            file_put_contents($file, "<?php\n" . $code);
            exec('php -l ' . escapeshellarg($file) . ' 2>&1', $out, $rc);
            unlink($file);
            self::assertSame(0, $rc, "README block $i does not lint:\n" . implode("\n", $out) . "\n$code");
        }
    }
}
