<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/**
 * The client is misconfigured, found by `new Client(...)` (and `withOptions()`, `forGstin()`) before any
 * request is sent: no credential at all (neither apiKey: nor credentials:/gstinCredentials:, nor the
 * EINVOICE_API_KEY or EINVOICE_CLIENT_ID + EINVOICE_CLIENT_SECRET environment variables), a credential that
 * is not [clientId, clientSecret], a negative retry budget, timeout or status wait, or a base URL that is not
 * an absolute http(s) URL. The message names the option to fix. Never retried.
 */
class ConfigException extends EinvoiceException
{
}
