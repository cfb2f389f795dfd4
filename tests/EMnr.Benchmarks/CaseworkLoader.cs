using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace EMnr.Benchmarks;

/// <summary>Sizes of the invented casework data set, all derived from the number of reports.</summary>
internal sealed record CaseworkSize(int Reports)
{
    public int Persons => Reports * 5 / 2;

    public int Referrals => Reports * 3 / 2;

    public int Notifications => HeavyUserNotifications + CaseworkerNotifications + (OtherUsers * OtherUserNotifications);

    public int AuditEntries => Reports * 5;

    /// <summary>Notifications of the Commission reviewer whom the notification cases read.</summary>
    public int HeavyUserNotifications => Math.Max(Reports * 3 / 10, 100);

    public int CaseworkerNotifications => Math.Max(Reports / 5, 100);

    public const int OtherUsers = 48;

    public int OtherUserNotifications => Math.Max(Reports / 100, 10);
}

/// <summary>Durations of the casework load: the INSERT ... SELECT statements, the indexes and VACUUM ANALYZE.</summary>
internal sealed record CaseworkLoadTimings(TimeSpan Insert, TimeSpan Indexes, TimeSpan VacuumAnalyze)
{
    public TimeSpan Total => Insert + Indexes + VacuumAnalyze;
}

/// <summary>
/// Loads an invented casework data set with INSERT ... SELECT over generate_series: reports, their
/// persons, consent records, referrals with their persons, status history and overdue flags,
/// notifications and audit entries. Every row obeys the schema's constraints: references and
/// sequences are gapless per year and the counters hold the last sequence, as ReportNumbering and
/// ReferralNumbering leave them. The version column is PostgreSQL's xmin, so nothing is written to it.
/// </summary>
/// <remarks>
/// Choices come from <c>hashint8</c> of the row number, so every run makes the same rows. Ids are
/// <c>md5(kind || number)::uuid</c>, so that a table can point at rows of another without a join.
/// </remarks>
internal static class CaseworkLoader
{
    public static readonly string[] Tables =
    [
        "reports", "persons", "report_persons", "consent_records", "referrals", "referral_persons",
        "referral_status_changes", "referral_overdue_flags", "notifications", "audit_entries",
    ];

    /// <summary>Id of the invented Commission reviewer whom the benchmark signs in as; most reports are assigned to reviewers like them.</summary>
    public static Guid ReviewerId { get; } = Md5Guid("reviewer-0");

    /// <summary>Id of the invented Entraide Nationale caseworker.</summary>
    public static Guid CaseworkerId { get; } = Md5Guid("caseworker-EN");

    /// <summary>The uuid PostgreSQL makes of <c>md5(text)::uuid</c>, to find a loaded row by its number. Not a security use.</summary>
#pragma warning disable CA5351 // MD5 only repeats PostgreSQL's md5() to name invented rows.
    public static Guid Md5Guid(string text)
    {
        var hex = Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        return Guid.Parse(hex);
    }
#pragma warning restore CA5351

    public static async Task<CaseworkLoadTimings> LoadAsync(string connectionString, CaseworkSize size, DateTimeOffset now, string? setupSql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await CommunicationLoader.ExecuteAsync(connection, "SET maintenance_work_mem = '1GB'");

        var indexes = new List<(string Name, string Definition)>();
        foreach (var table in Tables)
        {
            foreach (var (name, definition) in await CommunicationLoader.ReadIndexDefinitionsAsync(connection, table))
            {
                indexes.Add((name, definition));
                await CommunicationLoader.ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var (latin, arabic, search) = SyntheticNames.All();
        await using (var command = new NpgsqlCommand(Script, connection) { CommandTimeout = 0 })
        {
            command.Parameters.Add(new NpgsqlParameter("reports", NpgsqlDbType.Integer) { Value = size.Reports });
            command.Parameters.Add(new NpgsqlParameter("persons", NpgsqlDbType.Integer) { Value = size.Persons });
            command.Parameters.Add(new NpgsqlParameter("referrals", NpgsqlDbType.Integer) { Value = size.Referrals });
            command.Parameters.Add(new NpgsqlParameter("heavy_notifications", NpgsqlDbType.Integer) { Value = size.HeavyUserNotifications });
            command.Parameters.Add(new NpgsqlParameter("caseworker_notifications", NpgsqlDbType.Integer) { Value = size.CaseworkerNotifications });
            command.Parameters.Add(new NpgsqlParameter("other_users", NpgsqlDbType.Integer) { Value = CaseworkSize.OtherUsers });
            command.Parameters.Add(new NpgsqlParameter("other_notifications", NpgsqlDbType.Integer) { Value = size.OtherUserNotifications });
            command.Parameters.Add(new NpgsqlParameter("audit_entries", NpgsqlDbType.Integer) { Value = size.AuditEntries });
            command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.UtcDateTime });
            command.Parameters.Add(new NpgsqlParameter("latin", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = latin });
            command.Parameters.Add(new NpgsqlParameter("arabic", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = arabic });
            command.Parameters.Add(new NpgsqlParameter("search", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = search });
            await command.ExecuteNonQueryAsync();
        }

        var insertTime = stopwatch.Elapsed;

        stopwatch.Restart();
        foreach (var (_, definition) in indexes)
        {
            await CommunicationLoader.ExecuteAsync(connection, definition);
        }

        if (!string.IsNullOrWhiteSpace(setupSql))
        {
            await CommunicationLoader.ExecuteAsync(connection, setupSql);
        }

        var indexTime = stopwatch.Elapsed;

        stopwatch.Restart();
        await CommunicationLoader.ExecuteAsync(connection, "VACUUM (ANALYZE) " + string.Join(", ", Tables));
        return new CaseworkLoadTimings(insertTime, indexTime, stopwatch.Elapsed);
    }

    // One batch of statements, run in one round trip. pg_temp.h(n, salt) is a deterministic
    // pseudo-random non-negative number for row n; each choice uses its own salt.
    private const string Script = """
        CREATE FUNCTION pg_temp.h(n bigint, salt int) RETURNS bigint LANGUAGE sql IMMUTABLE
            AS 'SELECT hashint8(n * 1000003 + salt) & 2147483647';

        CREATE TEMP TABLE bench_settings (reports int, persons int, referrals int, now timestamptz, start timestamptz,
            commission uuid, provinces text[], crisis uuid);
        INSERT INTO bench_settings SELECT @reports, @persons, @referrals, @now, @now - interval '3 years',
            (SELECT id FROM institutions WHERE code = 'CNCLTEH'),
            (SELECT array_agg(code ORDER BY code) FROM provinces),
            (SELECT id FROM crises ORDER BY code LIMIT 1);

        CREATE TEMP TABLE bench_names (n int PRIMARY KEY, latin text, arabic text, search text);
        INSERT INTO bench_names SELECT n::int, latin, arabic, search
        FROM unnest(@latin::text[], @arabic::text[], @search::text[]) WITH ORDINALITY AS names(latin, arabic, search, n);

        -- Institutions that create reports and send referrals, with their share in per mille.
        CREATE TEMP TABLE bench_senders AS
        SELECT i.id, i.code, w.lo, w.hi FROM (VALUES
            ('CNCLTEH', 0, 550), ('EN', 550, 700), ('DGSN', 700, 800), ('GR', 800, 860),
            ('BAYTI', 860, 910), ('INSAF', 910, 960), ('OIM', 960, 1000)) AS w(code, lo, hi)
        JOIN institutions i ON i.code = w.code;

        -- Recipients of referrals: Entraide Nationale and the prosecution receive the most.
        CREATE TEMP TABLE bench_recipients AS
        SELECT i.id, i.code, i.type, w.lo, w.hi FROM (VALUES
            ('EN', 0, 260), ('PMP', 260, 460), ('PG-CA-MARRAKECH', 460, 520), ('DGSN', 520, 600), ('GR', 600, 650),
            ('UPE', 650, 710), ('FM5S', 710, 750), ('BAYTI', 750, 790), ('INSAF', 790, 830), ('OIM', 830, 870),
            ('MSPS', 870, 900), ('CHU-MARRAKECH-UPEV', 900, 920), ('HCR', 920, 940), ('UNICEF', 940, 955),
            ('MAE-DACS', 955, 970), ('MIEPEEC-IT', 970, 985), ('MSISF', 985, 1000)) AS w(code, lo, hi)
        JOIN institutions i ON i.code = w.code;

        INSERT INTO reports (id, reference, year, sequence, source, communication_id, province_code, commune,
            facts_from, facts_to, narrative, exploitation_forms, indicators_observed, perpetrators_description,
            priority, status, closed_reason, crisis_id, assigned_reviewer_id, institution_id, created_by, created_at)
        SELECT md5('report-' || r)::uuid,
            'EMNR-' || y || '-' || lpad(seq::text, 5, '0'), y, seq,
            (ARRAY['ReportingLine', 'Institution', 'Commission', 'OnlineForm', 'SocialMediaMonitoring'])[1 + pg_temp.h(r, 3) % 5],
            NULL,
            CASE WHEN pg_temp.h(r, 4) % 100 < 3 THEN NULL ELSE s.provinces[1 + pg_temp.h(r, 5) % cardinality(s.provinces)] END,
            NULL,
            (created_at AT TIME ZONE 'Africa/Casablanca')::date - (pg_temp.h(r, 6) % 60)::int,
            NULL,
            'Signalement inventé pour le banc d''essai, numéro ' || r || '.',
            ARRAY[(ARRAY['SexualExploitation', 'ForcedLabour', 'DomesticServitude', 'ForcedBegging', 'SlaveryOrSimilarPractices',
                'OrganRemoval', 'MedicalExperiments', 'ForcedCriminalActivity', 'ArmedConflict'])[1 + pg_temp.h(r, 7) % 9]],
            NULL, NULL,
            CASE WHEN pg_temp.h(r, 8) % 100 < 15 THEN 'Urgent' ELSE 'Normal' END,
            CASE WHEN pg_temp.h(r, 9) % 100 < 10 THEN 'New' WHEN pg_temp.h(r, 9) % 100 < 30 THEN 'UnderAssessment'
                 WHEN pg_temp.h(r, 9) % 100 < 75 THEN 'Referred' ELSE 'Closed' END,
            CASE WHEN pg_temp.h(r, 9) % 100 >= 75 THEN 'Dossier inventé clos.' END,
            CASE WHEN pg_temp.h(r, 10) % 100 < 3 THEN s.crisis END,
            CASE WHEN pg_temp.h(r, 11) % 100 < 70 THEN md5('reviewer-' || pg_temp.h(r, 12) % 10)::uuid END,
            institution_id,
            md5('creator-' || pg_temp.h(r, 13) % 200)::uuid,
            created_at
        FROM (
            SELECT r, created_at, institution_id, y, row_number() OVER (PARTITION BY y ORDER BY created_at, r)::int AS seq
            FROM (
                SELECT r, s.start + (s.now - interval '1 hour' - s.start) * ((r - 1)::float8 / s.reports) AS created_at,
                    (SELECT b.id FROM bench_senders b WHERE pg_temp.h(r, 2) % 1000 >= b.lo AND pg_temp.h(r, 2) % 1000 < b.hi) AS institution_id
                FROM bench_settings s, generate_series(1, s.reports) AS r
            ) AS t, LATERAL (SELECT extract(year FROM t.created_at AT TIME ZONE 'Africa/Casablanca')::int AS y) AS years
        ) AS numbered, bench_settings s;

        INSERT INTO report_counters (year, last_sequence)
        SELECT year, max(sequence) FROM reports GROUP BY year
        ON CONFLICT (year) DO UPDATE SET last_sequence = GREATEST(report_counters.last_sequence, excluded.last_sequence);

        -- Person p belongs to report ((p - 1) % reports) + 1: two or three persons per report.
        -- Three in ten are children (pg_temp.h(p, 11) % 10 < 3), which the referral persons repeat.
        INSERT INTO persons (id, code, name_latin, name_arabic, name_search, sex, date_of_birth, estimated_age_min,
            estimated_age_max, nationality, languages, province_code, vulnerabilities, guardian_name, guardian_relation,
            identification_status, identification_decided_at, merged_into_id, institution_id, created_by, created_at)
        SELECT md5('person-' || p)::uuid,
            'PV-' || (SELECT string_agg(substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', 1 + ((code_number >> (5 * k)) & 31)::int, 1), '' ORDER BY k DESC)
                      FROM generate_series(0, 5) AS k),
            names.latin, names.arabic, names.search,
            CASE WHEN pg_temp.h(p, 14) % 100 < 55 THEN 'Female' WHEN pg_temp.h(p, 14) % 100 < 95 THEN 'Male' ELSE 'Unknown' END,
            CASE WHEN unknown_age THEN NULL
                 WHEN child THEN (rep.created_at AT TIME ZONE 'Africa/Casablanca')::date - ((6 + pg_temp.h(p, 15) % 11) * 365 + pg_temp.h(p, 16) % 365)::int
                 ELSE (rep.created_at AT TIME ZONE 'Africa/Casablanca')::date - ((19 + pg_temp.h(p, 15) % 35) * 365 + pg_temp.h(p, 16) % 365)::int END,
            CASE WHEN unknown_age THEN 20 END, CASE WHEN unknown_age THEN 30 END,
            (ARRAY['MA', 'MA', 'MA', 'SN', 'CI', 'NG', 'CM', 'ML', 'GN', 'CD'])[1 + pg_temp.h(p, 17) % 10],
            ARRAY[(ARRAY['ar', 'fr', 'en', 'zgh'])[1 + pg_temp.h(p, 18) % 4]],
            rep.province_code,
            CASE WHEN pg_temp.h(p, 19) % 100 < 20 THEN ARRAY['Migrant'] ELSE ARRAY[]::text[] END,
            NULL, NULL,
            (ARRAY['PotentialVictim', 'PotentialVictim', 'PresumedVictim', 'IdentifiedVictim', 'NotAVictim'])[1 + pg_temp.h(p, 20) % 5],
            NULL, NULL, rep.institution_id, rep.created_by, rep.created_at + (p / s.reports) * interval '1 minute'
        FROM bench_settings s CROSS JOIN generate_series(1, s.persons) AS p
        CROSS JOIN LATERAL (SELECT 1 + pg_temp.h(p, 10) % (SELECT count(*) FROM bench_names) AS n,
            pg_temp.h(p, 11) % 10 < 3 AS child, pg_temp.h(p, 11) % 10 = 9 AS unknown_age,
            (p::bigint * 48271) & 1073741823 AS code_number) AS c
        JOIN reports rep ON rep.id = md5('report-' || (((p - 1) % s.reports) + 1))::uuid
        JOIN bench_names names ON names.n = c.n;

        INSERT INTO report_persons (report_id, person_id, added_at)
        SELECT md5('report-' || (((p - 1) % s.reports) + 1))::uuid, per.id, per.created_at
        FROM bench_settings s CROSS JOIN generate_series(1, s.persons) AS p
        JOIN persons per ON per.id = md5('person-' || p)::uuid;

        -- One adult in three has consented to share their identity with social services.
        INSERT INTO consent_records (id, person_id, recipient_institution_id, recipient_type, purpose, given_by, given_at,
            evidence, valid_until, recorded_by, recorded_by_institution_id, recorded_at, withdrawn_at, withdrawn_by, withdrawal_reason)
        SELECT md5('consent-' || p)::uuid, per.id, NULL, 'SocialServices', 'Shelter', 'Person', per.created_at,
            'Formulaire inventé ' || p, NULL, per.created_by, per.institution_id, per.created_at, NULL, NULL, NULL
        FROM bench_settings s CROSS JOIN generate_series(3, s.persons, 3) AS p
        JOIN persons per ON per.id = md5('person-' || p)::uuid
        WHERE NOT pg_temp.h(p, 11) % 10 < 3;

        -- Referral f is about report 1 + pg_temp.h(f, 20) % reports. Six in ten come from the Commission.
        CREATE TEMP TABLE bench_referrals AS
        SELECT f, r, sent_at, from_id, from_id = s.commission AS by_commission,
            CASE WHEN rcp.id = from_id THEN (SELECT id FROM bench_recipients WHERE code = 'PMP') ELSE rcp.id END AS to_id,
            CASE WHEN rcp.id = from_id THEN 'Prosecution' ELSE rcp.type END AS to_type,
            pg_temp.h(f, 24) % 100 < 20 AS urgent,
            extract(epoch FROM s.now - sent_at) / 86400 AS age_days
        FROM (
            SELECT f, r, LEAST(rep.created_at + (pg_temp.h(f, 21) % (30 * 24 * 60)) * interval '1 minute', s.now - interval '10 minutes') AS sent_at,
                CASE WHEN pg_temp.h(f, 22) % 100 < 60 THEN s.commission
                     ELSE (SELECT id FROM bench_senders b WHERE b.code <> 'CNCLTEH' ORDER BY b.code OFFSET pg_temp.h(f, 23) % 6 LIMIT 1) END AS from_id
            FROM bench_settings s CROSS JOIN generate_series(1, s.referrals) AS f
            CROSS JOIN LATERAL (SELECT 1 + pg_temp.h(f, 20) % s.reports AS r) AS pick
            JOIN reports rep ON rep.id = md5('report-' || pick.r)::uuid
        ) AS picked
        CROSS JOIN bench_settings s
        JOIN bench_recipients rcp ON pg_temp.h(f, 25) % 1000 >= rcp.lo AND pg_temp.h(f, 25) % 1000 < rcp.hi;

        ALTER TABLE bench_referrals ADD COLUMN status text;
        UPDATE bench_referrals SET status = CASE
            WHEN age_days < 3 THEN (ARRAY['Sent', 'Sent', 'Sent', 'Sent', 'Sent', 'Sent', 'Sent', 'Acknowledged', 'Acknowledged', 'Accepted'])[1 + pg_temp.h(f, 26) % 10]
            WHEN age_days < 30 THEN (ARRAY['Sent', 'Acknowledged', 'Acknowledged', 'Accepted', 'Accepted', 'InProgress', 'InProgress', 'InProgress', 'Declined', 'Cancelled'])[1 + pg_temp.h(f, 26) % 10]
            ELSE CASE WHEN pg_temp.h(f, 26) % 1000 < 15 THEN 'Sent' WHEN pg_temp.h(f, 26) % 1000 < 50 THEN 'Acknowledged'
                      WHEN pg_temp.h(f, 26) % 1000 < 100 THEN 'Accepted' WHEN pg_temp.h(f, 26) % 1000 < 250 THEN 'InProgress'
                      WHEN pg_temp.h(f, 26) % 1000 < 800 THEN 'Completed' WHEN pg_temp.h(f, 26) % 1000 < 920 THEN 'Declined'
                      ELSE 'Cancelled' END END;

        INSERT INTO referrals (id, reference, year, sequence, kind, service, report_id, from_institution_id, sent_by_commission,
            to_institution_id, urgent, reason, status, decline_reason, outcome, cancel_reason, sent_by, sent_at, acknowledge_by,
            acknowledged_at, updated_at)
        SELECT md5('referral-' || f)::uuid, 'ORI-' || y || '-' || lpad(seq::text, 5, '0'), y, seq, kind,
            CASE WHEN kind = 'Service' THEN (ARRAY['Shelter', 'MedicalCare', 'PsychologicalSupport', 'LegalAid', 'Interpretation',
                'Education', 'FamilyTracing', 'ReturnAndReintegration'])[1 + pg_temp.h(f, 27) % 8] END,
            md5('report-' || r)::uuid, from_id, by_commission, to_id, urgent,
            'Orientation inventée pour le banc d''essai, numéro ' || f || '.',
            status,
            CASE WHEN status = 'Declined' THEN 'Motif inventé.' END,
            CASE WHEN status = 'Completed' THEN 'Résultat inventé.' END,
            CASE WHEN status = 'Cancelled' THEN 'Annulation inventée.' END,
            md5('creator-' || pg_temp.h(f, 28) % 200)::uuid, sent_at, acknowledge_by, acknowledged_at,
            COALESCE(acknowledged_at, sent_at)
        FROM (
            SELECT b.*, years.y, row_number() OVER (PARTITION BY years.y ORDER BY b.sent_at, b.f)::int AS seq,
                CASE to_type WHEN 'Prosecution' THEN 'Judicial' WHEN 'Police' THEN 'Security' WHEN 'Gendarmerie' THEN 'Security' ELSE 'Service' END AS kind,
                sent_at + CASE WHEN urgent THEN interval '24 hours' ELSE interval '72 hours' END AS acknowledge_by,
                CASE WHEN status NOT IN ('Sent', 'Cancelled') THEN sent_at + (1 + pg_temp.h(f, 29) % 48) * interval '1 hour' END AS acknowledged_at
            FROM bench_referrals b, LATERAL (SELECT extract(year FROM b.sent_at AT TIME ZONE 'Africa/Casablanca')::int AS y) AS years
        ) AS numbered;

        INSERT INTO referral_counters (year, last_sequence)
        SELECT year, max(sequence) FROM referrals GROUP BY year
        ON CONFLICT (year) DO UPDATE SET last_sequence = GREATEST(referral_counters.last_sequence, excluded.last_sequence);

        -- The first person of the report, and in one referral of two the second. The legal basis
        -- follows the kind: law enforcement for judicial and security referrals; for services, child
        -- protection for a child, the consent record for an adult who gave one, else no identity.
        INSERT INTO referral_persons (referral_id, person_id, shares_identity, legal_basis, consent_record_id, child)
        SELECT md5('referral-' || b.f)::uuid, md5('person-' || p)::uuid, basis <> 'NoIdentity', basis,
            CASE WHEN basis = 'Consent' THEN md5('consent-' || p)::uuid END, child
        FROM bench_referrals b CROSS JOIN bench_settings s
        CROSS JOIN LATERAL (VALUES (b.r), (CASE WHEN b.f % 2 = 0 THEN b.r + s.reports END)) AS persons(p)
        CROSS JOIN LATERAL (SELECT pg_temp.h(p, 11) % 10 < 3 AS child) AS c
        CROSS JOIN LATERAL (SELECT CASE
            WHEN b.to_type IN ('Prosecution', 'Police', 'Gendarmerie') THEN 'LawEnforcement'
            WHEN child THEN 'ChildProtection'
            WHEN p % 3 = 0 THEN 'Consent'
            ELSE 'NoIdentity' END AS basis) AS l
        WHERE p IS NOT NULL;

        INSERT INTO referral_status_changes (referral_id, "from", "to", changed_by, institution_id, changed_at, note)
        SELECT md5('referral-' || f)::uuid, NULL, 'Sent', md5('creator-' || pg_temp.h(f, 28) % 200)::uuid, from_id, sent_at, NULL
        FROM bench_referrals
        UNION ALL
        SELECT md5('referral-' || f)::uuid, 'Sent', status, md5('caseworker-' || pg_temp.h(f, 30) % 100)::uuid,
            CASE WHEN status = 'Cancelled' THEN from_id ELSE to_id END,
            LEAST(sent_at + (1 + pg_temp.h(f, 29) % 48) * interval '1 hour', (SELECT now FROM bench_settings)), NULL
        FROM bench_referrals WHERE status <> 'Sent';

        INSERT INTO referral_overdue_flags (referral_id, flagged_at)
        SELECT id, LEAST(acknowledge_by + interval '1 hour', s.now)
        FROM referrals, bench_settings s WHERE status = 'Sent' AND acknowledge_by < s.now;

        -- Notifications: many for the reviewer and the caseworker the cases sign in as, fewer for others.
        -- The newest are unread.
        INSERT INTO notifications (id, user_id, kind, reference, link, created_at, read_at)
        SELECT md5('notification-' || u.user_key || '-' || n)::uuid, u.user_id,
            (ARRAY['referral.received', 'referral.acknowledged', 'referral.accepted', 'referral.declined', 'referral.started',
                'referral.completed', 'referral.cancelled', 'referral.overdue'])[1 + pg_temp.h(n, 31) % 8],
            'ORI-2026-' || lpad((1 + pg_temp.h(n, 32) % 99999)::text, 5, '0'),
            '/Referrals/Details/' || md5('referral-' || (1 + pg_temp.h(n, 33) % s.referrals))::uuid,
            s.now - (u.total - n) * (interval '3 years' / u.total),
            CASE WHEN u.total - n >= 40 THEN s.now - (u.total - n) * (interval '3 years' / u.total) + interval '2 hours' END
        FROM bench_settings s
        CROSS JOIN LATERAL (
            SELECT 'reviewer-0' AS user_key, md5('reviewer-0')::uuid AS user_id, @heavy_notifications AS total
            UNION ALL SELECT 'caseworker-EN', md5('caseworker-EN')::uuid, @caseworker_notifications
            UNION ALL SELECT 'user-' || k, md5('user-' || k)::uuid, @other_notifications FROM generate_series(1, @other_users) AS k
        ) AS u
        CROSS JOIN LATERAL generate_series(1, u.total) AS n;

        INSERT INTO audit_entries (at, user_id, institution_id, action, entity_type, entity_id, ip_address, correlation_id)
        SELECT s.start + (s.now - s.start) * ((a - 1)::float8 / @audit_entries),
            md5('creator-' || pg_temp.h(a, 34) % 200)::uuid, NULL,
            (ARRAY['person.read', 'report.read', 'report.created', 'referral.sent', 'referral.read'])[1 + pg_temp.h(a, 35) % 5],
            CASE WHEN pg_temp.h(a, 35) % 5 = 0 THEN 'Person' WHEN pg_temp.h(a, 35) % 5 < 3 THEN 'Report' ELSE 'Referral' END,
            md5('entity-' || pg_temp.h(a, 36) % s.reports)::uuid::text, '127.0.0.1', NULL
        FROM bench_settings s, generate_series(1, @audit_entries) AS a;
        """;
}
