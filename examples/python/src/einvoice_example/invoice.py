"""The sample invoice: an intra-state B2B sale from Acme (Karnataka) to Bharat Components (Karnataka).

It is the API reference's ``InvoiceIntraState`` example (also ``examples/curl/invoice.json``), written as the
SDK's ``InvoiceParam`` TypedDict so that a type checker catches a misspelt NIC field name.
"""

from __future__ import annotations

import secrets
import string
from datetime import datetime, timedelta, timezone

from einvoice_sdk.types import InvoiceParam

SELLER_GSTIN = "29AAACP7879D1Z0"  # known to the sandbox IRP
BUYER_GSTIN = "29AAGCB7383J1Z4"

# India has one time zone and no daylight saving, so a fixed offset is exact and needs no tz database.
IST = timezone(timedelta(hours=5, minutes=30), "IST")

_SUFFIX_ALPHABET = string.ascii_uppercase + string.digits


def fresh_document_number(prefix: str = "EX/") -> str:
    """A document number nobody has used yet, e.g. ``EX/7K2QF9ZD``.

    NIC allows 16 characters matching ``^[A-Za-z1-9][A-Za-z0-9/-]{0,15}$``, and a seller may use a number
    only once per financial year, so every run needs a new one.
    """
    return prefix + "".join(secrets.choice(_SUFFIX_ALPHABET) for _ in range(8))


def today_in_india() -> str:
    """Today's date as NIC wants it (``dd/MM/yyyy``). The IRP refuses future dates, and near midnight UTC the
    date in India is already the next day, so compute it in IST rather than in the machine's zone."""
    return datetime.now(IST).strftime("%d/%m/%Y")


def sample_invoice(doc_no: str, doc_date: str) -> InvoiceParam:
    """10 t-shirts at Rs 100 with 18 % GST, split into 9 % CGST and 9 % SGST because seller and buyer are in
    the same state (29, Karnataka)."""
    return {
        "Version": "1.1",
        "TranDtls": {"TaxSch": "GST", "SupTyp": "B2B", "RegRev": "N", "IgstOnIntra": "N"},
        "DocDtls": {"Typ": "INV", "No": doc_no, "Dt": doc_date},
        "SellerDtls": {
            "Gstin": SELLER_GSTIN,
            "LglNm": "Acme Industries Private Limited",
            "TrdNm": "Acme Industries",
            "Addr1": "14 Industrial Layout, Peenya",
            "Loc": "Bengaluru",
            "Pin": 560058,
            "Stcd": "29",
            "Ph": "9845012345",
            "Em": "accounts@acme.example",
        },
        "BuyerDtls": {
            "Gstin": BUYER_GSTIN,
            "LglNm": "Bharat Components Private Limited",
            "Pos": "29",
            "Addr1": "Prestige Tech Park, Outer Ring Road",
            "Loc": "Bengaluru",
            "Pin": 560103,
            "Stcd": "29",
        },
        "ItemList": [
            {
                "SlNo": "1",
                "PrdDesc": "Cotton knitted t-shirts",
                "IsServc": "N",
                "HsnCd": "61149090",
                "Qty": 10,
                "Unit": "NOS",
                "UnitPrice": 100,
                "TotAmt": 1000,
                "Discount": 0,
                "AssAmt": 1000,
                "GstRt": 18,
                "IgstAmt": 0,
                "CgstAmt": 90,
                "SgstAmt": 90,
                "TotItemVal": 1180,
            }
        ],
        "ValDtls": {"AssVal": 1000, "CgstVal": 90, "SgstVal": 90, "IgstVal": 0, "TotInvVal": 1180},
    }
