package se.samverka.centre;

import se.samverka.rules.BaseOperation;

import java.util.ArrayList;
import java.util.List;

/** A steering group's name and members; blank member rows are left out. */
record SteeringGroupForm(String name, List<MemberRow> members, int version) {

    record MemberRow(String name, String title, BaseOperation operation) {

        boolean blank() {
            return (name == null || name.isBlank()) && (title == null || title.isBlank()) && operation == null;
        }
    }

    SteeringGroupForm {
        members = members == null ? List.of() : members;
    }

    static SteeringGroupForm of(CentreView.SteeringGroupView group) {
        return new SteeringGroupForm(group.name(), group.members().stream()
                .map(m -> new MemberRow(m.name(), m.title(), m.operation()))
                .toList(), group.version());
    }

    SteeringGroupForm withEmptyRow() {
        var rows = new ArrayList<>(members);
        rows.add(new MemberRow("", "", null));
        return new SteeringGroupForm(name, rows, version);
    }

    SteeringGroupForm without(int index) {
        var rows = new ArrayList<>(members);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        return new SteeringGroupForm(name, rows, version);
    }
}
