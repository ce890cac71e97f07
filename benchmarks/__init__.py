"""Speed and memory measurements of SalesDesk at realistic and large data sizes."""
