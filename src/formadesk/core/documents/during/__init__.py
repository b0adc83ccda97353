"""Documents used during a session: attendance sheets (émargement, by day, learner, client,
landscape or blank) and name tents (chevalets)."""
