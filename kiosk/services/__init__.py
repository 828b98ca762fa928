"""Use cases: each combines store and domain in one unit of work and returns plain objects."""
