"""Several annotators in the window: adjudication, agreement and a team's progress."""
