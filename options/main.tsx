// Replaced by the options page.
