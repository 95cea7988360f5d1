"""Workshop tools: personas, scenarios and their checks, tasks, study sessions and reports."""
