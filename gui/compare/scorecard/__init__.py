"""The scorecard of the compare window: its table model (which verdicts to show, sorting) and its panel."""
