"""Money on screen: totals in the reporting currency and their breakdown, the rates dialogs."""
