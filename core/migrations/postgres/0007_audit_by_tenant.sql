-- Issue 12: the console's audit search filters a tenant's rows by time in SQL.
CREATE INDEX audit_by_tenant ON audit (tenant_id, at);
