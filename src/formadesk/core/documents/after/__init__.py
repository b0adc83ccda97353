"""Documents issued after a session: certificat de réalisation, attestation de fin de formation
and attestation d'assiduité."""
