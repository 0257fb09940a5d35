package se.samverka.economy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.Map;
import java.util.Set;

/** Names cost items, economy years and settlements in the audit review, within their centre. */
@Component
class EconomyAuditNames implements AuditObjectNames {

    private final JdbcClient jdbc;
    private final Texts texts;

    EconomyAuditNames(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(SharedCosts.ITEM, SharedCosts.YEAR, SharedCosts.SETTLEMENT);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        String sql = switch (objectType) {
            case SharedCosts.ITEM -> "select id, centre_id, year, period, description from economy_cost_item where id in (:ids)";
            case SharedCosts.YEAR -> "select id, centre_id, year from economy_year where id in (:ids)";
            default -> "select id, centre_id, year, period from economy_closed_period where id in (:ids)";
        };
        return AuditObjectNames.byId(jdbc, sql, objectIds, (rs, row) -> {
            int year = rs.getInt("year");
            String name = switch (objectType) {
                case SharedCosts.ITEM -> texts.message("audit.name.economy-item", rs.getLong("id"),
                        rs.getString("description"), PeriodLength.label(rs.getString("period")), year);
                case SharedCosts.YEAR -> texts.message("audit.name.economy-year", year);
                default -> texts.message("economy.settlement.title", PeriodLength.label(rs.getString("period")), year);
            };
            return AuditObjectName.within(name, "centre", rs.getLong("centre_id"));
        });
    }
}
