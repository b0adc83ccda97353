"""The Qt interface. Calls the Office facade only; never SQL."""
