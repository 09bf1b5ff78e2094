<?php

declare(strict_types=1);

/*
 * Makes the SDK (Einvoice\...) and this example's classes (EinvoiceQuickstart\... in src/) loadable.
 * Used by quickstart.php and by receiver.php, the webhook receiver's router script.
 */

// Your project: `composer install` fetches einvoice/sdk from Packagist and writes vendor/autoload.php.
$composerAutoload = __DIR__ . '/vendor/autoload.php';
if (is_file($composerAutoload)) {
    require_once $composerAutoload;
    return;
}

// Local override, only inside the einvoice monorepo: without vendor/ we use the SDK checked out in sdks/php
// (its init.php is the SDK's own loader for installs without Composer) and map our namespace to src/ by hand,
// as Composer's "autoload" section would.
$monorepoSdk = __DIR__ . '/../../sdks/php/init.php';
if (!is_file($monorepoSdk)) {
    fwrite(STDERR, "The einvoice SDK is not installed: run `composer install` in " . __DIR__ . "\n");
    exit(2);
}
require_once $monorepoSdk;

spl_autoload_register(static function (string $class): void {
    $prefix = 'EinvoiceQuickstart\\';
    if (str_starts_with($class, $prefix)) {
        $file = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
