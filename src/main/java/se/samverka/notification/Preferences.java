package se.samverka.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.Map;

/** Each user's delivery per kind of notice; a kind the user has not chosen for is sent at once. */
@Repository
class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<NotificationKind, Delivery> of(long userId) {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, Delivery.IMMEDIATELY);
        }
        jdbc.sql("select kind, delivery from notification_preference where app_user_id = :user")
                .param("user", userId)
                .query((rs, row) -> chosen.put(NotificationKind.valueOf(rs.getString("kind")),
                        Delivery.valueOf(rs.getString("delivery"))))
                .list();
        return chosen;
    }

    Delivery of(long userId, NotificationKind kind) {
        if (!kind.chosen()) {
            return Delivery.IMMEDIATELY;
        }
        return jdbc.sql("select delivery from notification_preference where app_user_id = :user and kind = :kind")
                .param("user", userId)
                .param("kind", kind.name())
                .query((rs, row) -> Delivery.valueOf(rs.getString(1)))
                .optional().orElse(Delivery.IMMEDIATELY);
    }

    /** Stores the choices of the kinds a user chooses for; a signing request is never stored as anything. */
    void save(long userId, Map<NotificationKind, Delivery> choices) {
        choices.forEach((kind, delivery) -> {
            if (!kind.chosen()) {
                throw new IllegalArgumentException("a signing request is always sent");
            }
            jdbc.sql("""
                            insert into notification_preference (app_user_id, kind, delivery) values (:user, :kind, :delivery)
                            on conflict (app_user_id, kind) do update set delivery = excluded.delivery""")
                    .param("user", userId)
                    .param("kind", kind.name())
                    .param("delivery", delivery.name())
                    .update();
        });
    }
}
