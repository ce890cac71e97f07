"""The SalesDesk domain without Qt: models, the store, operations, queries and sample data."""
