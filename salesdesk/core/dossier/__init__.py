"""A customer dossier: what it holds (``content``) and how it is written as HTML (``html``)."""
