"""Placeholder replaced below."""

def find_antecedents(context):
    return {}
