"""Public re-export of the generated models, params and enums: ``from einvoice_sdk.types import IrnDocument``."""

from ._generated.types import *  # noqa: F401,F403
from ._generated.types import __all__ as __all__  # noqa: F401
