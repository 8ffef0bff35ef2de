"""unga in the browser: server-rendered pages with .json twins and a REST API under /api/v1/ (docs/web.md)."""
