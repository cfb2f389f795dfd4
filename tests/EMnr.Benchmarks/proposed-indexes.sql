-- Index changes proposed for the communication list and the crisis figures, not yet in the EF
-- Core migrations. Pass this file to scripts/bench with --setup-sql to measure them. Running it
-- after a migration has made the same changes only rebuilds the second index.

-- Category filter: ordered pages and an index-only count of one category, for every category.
CREATE INDEX IF NOT EXISTS ix_communications_category_received_at_id
    ON communications (category, received_at DESC, id DESC);

-- Crisis figures: an index-only scan of the crisis window. Only rows tagged with a crisis are
-- indexed, so the extra columns cost little.
DROP INDEX IF EXISTS ix_communications_crisis_id_received_at;
CREATE INDEX ix_communications_crisis_id_received_at
    ON communications (crisis_id, received_at)
    INCLUDE (category, channel, province_code, redirected_to)
    WHERE crisis_id IS NOT NULL;
