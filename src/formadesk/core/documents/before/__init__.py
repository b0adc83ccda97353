"""Documents issued before a session: quote, convention, contract, registration form,
convocation, programme, rules and booklet, trainer's mission order, cover letter."""
