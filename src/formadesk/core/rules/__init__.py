"""Checks that produce alerts: planning conflicts now, task rules later."""
