"""Render: interactive HTML views and exports of the graph."""

from kg.render.html import render_html

__all__ = ["render_html"]
