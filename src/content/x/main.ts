// Replaced by the X content script.
