"""Document-level pipeline steps, one module per concern."""
