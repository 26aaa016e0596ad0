"""Tiny."""
# one
x = 1  # two


def f():
    'Doc.'
    return "not a comment"
