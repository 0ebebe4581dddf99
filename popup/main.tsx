// Replaced by the popup page.
