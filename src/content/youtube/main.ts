// Replaced by the YouTube content script.
