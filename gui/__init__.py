"""The Qt interface: thin models, views, dialogs, undo commands and workers over ``core``."""
