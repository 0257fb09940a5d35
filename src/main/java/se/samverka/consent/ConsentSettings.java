package se.samverka.consent;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.platform.Refusal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The county's settings for the registers of persons: the longest validity of a consent and the retention. Each
 * change is a new version; before the first, the configured defaults hold (version 0).
 */
@Service
class ConsentSettings {

    static final String AUDIT_TYPE = "consent_settings";
    static final int MAX_MONTHS = 120;
    static final int MAX_YEARS = 50;

    /** @param recordedBy null for the configured defaults */
    record Settings(int version, int maxValidityMonths, int retentionYears, Instant recordedAt, String recordedBy) {

        Settings {
            if (maxValidityMonths < 1 || maxValidityMonths > MAX_MONTHS || retentionYears < 1
                    || retentionYears > MAX_YEARS) {
                throw new IllegalArgumentException("validity 1–" + MAX_MONTHS + " months, retention 1–" + MAX_YEARS
                        + " years");
            }
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ConsentProperties properties;
    private final Clock clock;

    ConsentSettings(JdbcClient jdbc, AuditLog audit, ConsentProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    Settings current() {
        return history().stream().findFirst().orElseGet(() -> new Settings(0, properties.maxValidityMonths(),
                properties.retentionYears(), null, null));
    }

    /** Every version set, the latest first. */
    List<Settings> history() {
        return jdbc.sql("select * from consent_setting_version order by version desc")
                .query((rs, row) -> new Settings(rs.getInt("version"), rs.getInt("max_validity_months"),
                        rs.getInt("retention_years"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        rs.getString("recorded_by")))
                .list();
    }

    /** Sets a new version over {@code expectedVersion}; refused when someone else set one meanwhile. */
    @Transactional
    void change(int expectedVersion, int maxValidityMonths, int retentionYears, String by) {
        if (current().version() != expectedVersion) {
            throw new Refusal("consent.settings.refused.stale");
        }
        try {
            jdbc.sql("""
                            insert into consent_setting_version (version, max_validity_months, retention_years,
                                                                 recorded_at, recorded_by)
                            values (:version, :months, :years, :at, :by)
                            """)
                    .param("version", expectedVersion + 1).param("months", maxValidityMonths)
                    .param("years", retentionYears).param("at", Timestamp.from(clock.instant())).param("by", by)
                    .update();
        } catch (DuplicateKeyException changedMeanwhile) {
            throw new Refusal("consent.settings.refused.stale");
        }
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, expectedVersion + 1, "samtycken gäller högst "
                + maxValidityMonths + " månader, gallring efter " + retentionYears + " år");
    }
}
