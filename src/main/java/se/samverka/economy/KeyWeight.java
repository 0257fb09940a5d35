package se.samverka.economy;

import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;

/** One operation's weight in the local agreement's key for other shared costs (R14b). */
@Table("economy_key_weight")
record KeyWeight(BaseOperation operation, BigDecimal weight) {
}
