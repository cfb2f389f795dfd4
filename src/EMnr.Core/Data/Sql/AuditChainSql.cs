namespace EMnr.Core.Data.Sql;

/// <summary>
/// Hand-written SQL of the audit hash chain, applied by a migration. The canonical text must stay
/// identical to <see cref="Auditing.AuditChain.CanonicalText"/>, which the verification uses.
/// </summary>
public static class AuditChainSql
{
    public const string Create = """
        -- Each field as its UTF-8 byte length, a colon and the value, or '-' for null.
        CREATE FUNCTION audit_entries_field(value text) RETURNS text
            LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(value)::text || ':' || value END
        $$;

        CREATE FUNCTION audit_entries_hash(entry audit_entries, previous_hash text) RETURNS text
            LANGUAGE sql IMMUTABLE AS $$
            SELECT encode(sha256(convert_to(concat_ws('|',
                audit_entries_field(entry.id::text),
                audit_entries_field(to_char(entry.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
                audit_entries_field(entry.user_id::text),
                audit_entries_field(entry.institution_id::text),
                audit_entries_field(entry.action),
                audit_entries_field(entry.entity_type),
                audit_entries_field(entry.entity_id),
                audit_entries_field(entry.changed_properties),
                audit_entries_field(entry.ip_address),
                audit_entries_field(entry.correlation_id),
                audit_entries_field(previous_hash)), 'UTF8')), 'hex')
        $$;

        -- Links each new entry to the last one. The advisory lock is held until the transaction
        -- ends, so concurrent writers extend the chain one at a time, and the id is taken under the
        -- lock, so that id order is chain order.
        CREATE FUNCTION audit_entries_chain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            last_hash text;
        BEGIN
            IF current_setting('transaction_isolation') <> 'read committed' THEN
                RAISE EXCEPTION 'audit entries must be written under READ COMMITTED, not %',
                    current_setting('transaction_isolation');
            END IF;

            -- The key is arbitrary but must not be used for any other lock.
            PERFORM pg_advisory_xact_lock(7305041209110);
            NEW.id := nextval(pg_get_serial_sequence('audit_entries', 'id'));
            SELECT hash INTO last_hash FROM audit_entries ORDER BY id DESC LIMIT 1;
            NEW.previous_hash := coalesce(last_hash, repeat('0', 64));
            NEW.hash := audit_entries_hash(NEW, NEW.previous_hash);
            RETURN NEW;
        END;
        $$;

        -- Entries written before the chain existed are chained once, in id order.
        ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only;
        DO $$
        DECLARE
            entry audit_entries;
            previous text := repeat('0', 64);
        BEGIN
            FOR entry IN SELECT * FROM audit_entries ORDER BY id LOOP
                UPDATE audit_entries
                SET previous_hash = previous, hash = audit_entries_hash(entry, previous)
                WHERE id = entry.id
                RETURNING hash INTO previous;
            END LOOP;
        END;
        $$;
        ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only;

        CREATE TRIGGER audit_entries_chain
            BEFORE INSERT ON audit_entries
            FOR EACH ROW EXECUTE FUNCTION audit_entries_chain();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS audit_entries_chain ON audit_entries;
        DROP FUNCTION IF EXISTS audit_entries_chain();
        DROP FUNCTION IF EXISTS audit_entries_hash(audit_entries, text);
        DROP FUNCTION IF EXISTS audit_entries_field(text);
        """;
}
