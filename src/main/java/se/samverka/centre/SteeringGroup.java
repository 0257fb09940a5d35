package se.samverka.centre;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A steering group (§11.1): the nearest managers of each operation; it may govern several centres. */
@Table("steering_group")
class SteeringGroup {

    @Id
    private Long id;
    private String name;
    @MappedCollection(idColumn = "steering_group_id", keyColumn = "position")
    private List<SteeringGroupMember> members;
    @Version
    private Integer version;

    @PersistenceCreator
    SteeringGroup(Long id, String name, List<SteeringGroupMember> members, Integer version) {
        this.id = id;
        this.name = name;
        this.members = new ArrayList<>(members);
        this.version = version;
    }

    static SteeringGroup form(String name, List<SteeringGroupMember> members) {
        var group = new SteeringGroup(null, null, List.of(), null);
        group.apply(name, members);
        return group;
    }

    void reconstitute(String name, List<SteeringGroupMember> members, int expectedVersion) {
        this.version = expectedVersion;
        apply(name, members);
    }

    private void apply(String name, List<SteeringGroupMember> members) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A steering group has a name");
        }
        this.name = name.trim();
        this.members = new ArrayList<>(members);
    }

    Set<BaseOperation> managedOperations() {
        var operations = EnumSet.noneOf(BaseOperation.class);
        members.stream().map(SteeringGroupMember::operation).filter(Objects::nonNull).forEach(operations::add);
        return operations;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    List<SteeringGroupMember> members() {
        return List.copyOf(members);
    }

    int version() {
        return version;
    }
}
