CREATE INDEX audit_by_user ON audit ("user", at);
