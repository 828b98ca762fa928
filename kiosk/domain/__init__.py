"""Pure business rules of the docking zone: entities, checks, screening, matching, allocation."""
