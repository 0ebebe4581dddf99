// Replaced by the panel page.
