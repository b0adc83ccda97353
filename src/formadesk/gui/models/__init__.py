"""Qt item models over the summary rows the Office facade returns."""
