"""Base of every generated response model."""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, PrivateAttr


class EinvoiceModel(BaseModel):
    """Pydantic v2 model that keeps unknown fields (``model_extra``) and accepts wire or Python names.

    A model returned by a client call carries that call's ``X-Request-Id`` in ``_request_id`` (on the object
    itself, so concurrent calls never see each other's)."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), arbitrary_types_allowed=True
    )

    _request_id: Optional[str] = PrivateAttr(default=None)
