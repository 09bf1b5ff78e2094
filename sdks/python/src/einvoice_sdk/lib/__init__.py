"""Hand-written helpers on top of the generated surface (the generator never writes here)."""
