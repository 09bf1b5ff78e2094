<?php

declare(strict_types=1);

require_once __DIR__ . '/../init.php';
require_once __DIR__ . '/Support/Servers.php';
require_once __DIR__ . '/Support/Fixtures.php';
require_once __DIR__ . '/Support/CapturingLogger.php';
