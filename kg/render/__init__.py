"""Render: interactive HTML views of the graph."""

from kg.render.html import (
    TYPE_STYLE,
    render_html,
    render_page,
    render_view,
    write_html,
    write_view,
)
from kg.render.view import GraphView, ego_view, find_node, read_view, result_view

__all__ = [
    "TYPE_STYLE", "GraphView", "ego_view", "find_node", "read_view",
    "render_html", "render_page", "render_view", "result_view", "write_html", "write_view",
]
