<?php

declare(strict_types=1);

// Autoloader for installs without Composer: require_once __DIR__ . '/init.php';
// (Composer users get the same PSR-4 map from composer.json.)
if (!extension_loaded('curl') || !extension_loaded('json')) {
    throw new \RuntimeException('einvoice-php needs the curl and json extensions (apt-get install php-curl)');
}

spl_autoload_register(static function (string $class): void {
    $prefix = 'Einvoice\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $file = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});
