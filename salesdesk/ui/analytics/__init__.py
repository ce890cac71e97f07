"""The Analytics area: the funnel drawn as a funnel, key figures, diagnosis, target planner."""
