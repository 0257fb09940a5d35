package se.samverka.centre;

import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;

import java.util.ArrayList;
import java.util.List;

/** A steering group's name and members as typed; blank member rows are left out. */
record SteeringGroupForm(String name, List<MemberRow> members, String version) {

    record MemberRow(String name, String title, String operation) {

        public boolean blank() {
            return FormValues.blank(name) && FormValues.blank(title);
        }

        /** The operation this member manages; null for another key function (or anything unknown). */
        public BaseOperation operationValue() {
            return FormValues.choice(BaseOperation.class, operation).orElse(null);
        }
    }

    SteeringGroupForm {
        members = members == null ? List.of() : members;
    }

    static SteeringGroupForm of(CentreView.SteeringGroupView group) {
        return new SteeringGroupForm(group.name(), group.members().stream()
                .map(m -> new MemberRow(m.name(), m.title(), m.operation() == null ? "" : m.operation().name()))
                .toList(), String.valueOf(group.version()));
    }

    public int expectedVersion() {
        return FormValues.version(version);
    }

    SteeringGroupForm withEmptyRow() {
        var rows = new ArrayList<>(members);
        rows.add(new MemberRow("", "", ""));
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
