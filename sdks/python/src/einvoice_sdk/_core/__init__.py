"""Hand-written runtime: HTTP, retries, auth, signing, pagination. The generator never writes here."""
