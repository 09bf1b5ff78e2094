<?php

declare(strict_types=1);

namespace Einvoice\Core;

/** Which credential an operation needs. */
enum Auth
{
    case None;
    case Account;
    case Gstin;
    case AccountOrGstin;
    case ClientBasic;
}
