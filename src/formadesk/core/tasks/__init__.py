"""The assistant's day: rules that find anomalies in the data, and the tasks they become.

Each rule (``rules.Rule``) is a small function from the data to anomalies, with its own setting
(on/off and a number of days or a threshold). ``sync`` turns anomalies into tasks (created once,
updated, closed when the condition is met); ``service.TaskService`` is the facade's
``office.tasks``: the « À faire » list, manual tasks, postpone and dismiss.
"""
