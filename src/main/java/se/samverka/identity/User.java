package se.samverka.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

@Table("app_user")
class User {

    @Id
    private Long id;
    private final String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private boolean enabled;
    @MappedCollection(idColumn = "app_user_id")
    private Set<UserGrant> grants;
    @ReadOnlyProperty
    private Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    User(Long id, String username, String displayName, String email, String passwordHash, boolean enabled,
         Set<UserGrant> grants, Instant createdAt, Integer version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.grants = new HashSet<>(grants);
        this.createdAt = createdAt;
        this.version = version;
    }

    static User create(String username, String displayName, String email, String passwordHash, Set<Grant> grants) {
        return new User(null, username.trim(), displayName.trim(), email, passwordHash, true,
                grants.stream().map(UserGrant::of).collect(Collectors.toSet()), null, null);
    }

    void update(String displayName, String email, boolean enabled) {
        this.displayName = displayName.trim();
        this.email = email;
        this.enabled = enabled;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void grant(Grant grant) {
        grants.add(UserGrant.of(grant));
    }

    void revoke(Grant grant) {
        grants.remove(UserGrant.of(grant));
    }

    Set<Grant> grants() {
        return grants.stream().map(UserGrant::toGrant).collect(Collectors.toSet());
    }

    Actor toActor() {
        return new Actor(id, username, displayName, grants());
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    Integer version() {
        return version;
    }

    void assumeVersion(Integer version) {
        this.version = version;
    }

    record UserGrant(Role role, Long scopeId) {

        static UserGrant of(Grant grant) {
            return new UserGrant(grant.role(), grant.scopeId());
        }

        Grant toGrant() {
            return new Grant(role, scopeId);
        }
    }
}
