"""Workshop and user-testing tools: scenarios, presenter mode, conditions, sessions."""
