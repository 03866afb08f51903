"""Seeing an output directory: SQL over its Parquet files, the HTML report and the web explorer."""
