"""The published report: great-tables pages rendered from a warehouse into a static site.

Plain functions, no Prefect: `reports.site.build_site(warehouse_path, site_dir)` is the entry point.
"""
