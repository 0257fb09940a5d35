package se.samverka.organisation;

import se.samverka.rules.BaseOperation;

public record UnitSummary(long id, String name, BaseOperation operation, String hsaId, PrincipalSummary principal,
                          int version) {
}
