"""Base of every generated response model."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class EinvoiceModel(BaseModel):
    """Pydantic v2 model that keeps unknown fields (``model_extra``) and accepts wire or Python names."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), arbitrary_types_allowed=True
    )
